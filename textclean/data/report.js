// textclean report: picking documents by filter, and showing a change's reason at once
// on hover (the title attribute stays the fallback without script). Inlined into every page.
(function () {
  var pick = document.getElementById("pick");
  var shown = document.getElementById("shown");
  var docs = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
  function update() {
    var name = pick.value;
    var count = 0;
    docs.forEach(function (doc) {
      var show = !name || doc.getAttribute("data-filters").split(" ").indexOf(name) >= 0;
      doc.hidden = !show;
      if (show) { count += 1; }
    });
    shown.textContent = count + " of " + docs.length + " changed documents shown";
  }
  if (pick) { pick.addEventListener("change", update); update(); }

  var tip = document.createElement("div");
  tip.id = "tip";
  tip.hidden = true;
  document.body.appendChild(tip);
  function place(event) {
    var x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = event.clientY + 18;
    if (y + tip.offsetHeight > window.innerHeight - 8) { y = event.clientY - tip.offsetHeight - 12; }
    tip.style.left = Math.max(8, x) + "px";
    tip.style.top = Math.max(8, y) + "px";
  }
  document.addEventListener("mouseover", function (event) {
    var change = event.target.closest ? event.target.closest(".ch") : null;
    if (!change) { tip.hidden = true; return; }
    if (change.hasAttribute("title")) {
      // Moved to a data attribute, so the browser's own tooltip does not show as well.
      change.setAttribute("data-tip", change.getAttribute("title"));
      change.removeAttribute("title");
    }
    tip.className = change.className.replace(/\bch\b/g, "").trim();
    tip.textContent = change.getAttribute("data-tip");
    tip.hidden = false;
    place(event);
  });
  document.addEventListener("mousemove", function (event) {
    if (!tip.hidden) { place(event); }
  });
})();
