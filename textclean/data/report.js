// textclean report: picking documents by filter. Inlined into every page.
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
})();
