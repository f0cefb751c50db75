"""The HTML report: escaping of hostile text, counts that match the cleaner, sampling, empty corpora."""

import re
from html.parser import HTMLParser

import pytest
from conftest import FIXTURES
from hypothesis import given
from hypothesis import strategies as st
from view_strategies import PIECES

from textclean import Cleaner
from textclean.errors import InputError
from textclean.report_html import (
    Sampled,
    Skipped,
    build_report,
    corpus_files,
    read_documents,
    sample,
)

CLEANER = Cleaner()
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
HOSTILE = (
    "<script>window.__pwned = 1</script>\n"
    '<img src=x onerror="window.__pwned = 2">"quotes\' & </td></table>\n'
    "A lone surrogate \ud800 and a zero\u200bwidth space.\n"
    "Th\N{CYRILLIC SMALL LETTER A}t is it.\n\n"
    "Source link"
)


class Page(HTMLParser):
    """Collects tags, text and attribute values as a browser's parser would see them."""

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.attributes = []
        self.text = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def documents():
    return [Sampled(str(path), path.read_text("utf-8")) for path in SEEDS]


class TestEscaping:
    def test_hostile_text_stays_text(self):
        """Markup in documents is shown as text: no element, attribute or script comes from it."""
        markup = build_report([Sampled("<blink>name</blink>.txt", HOSTILE)], CLEANER)
        page = Page(markup)
        assert page.tags.count("script") == 1  # the page's own
        assert "img" not in page.tags
        assert "blink" not in page.tags
        assert not [name for name, _ in page.attributes if name.startswith("on")]
        text = "".join(page.text)
        assert "<script>window.__pwned = 1</script>" in text
        assert "<blink>name</blink>.txt" in text
        assert "\"quotes' & </td></table>" in text

    def test_attributes_are_escaped(self):
        """Quotes in reasons and removed text cannot end a title attribute."""
        cleaner = Cleaner(boilerplate_lines=["Say \"hi\" <now> & 'then'"])
        markup = build_report(
            [Sampled("q.txt", "Real text here.\n\nSay \"hi\" <now> & 'then'")], cleaner
        )
        titles = [value for name, value in Page(markup).attributes if name == "title"]
        assert any("Say \"hi\" <now> & 'then'" in title for title in titles)

    def test_lone_surrogates_make_valid_utf8(self):
        """Lone surrogates cannot be written as UTF-8: they become U+FFFD, labelled as such."""
        markup = build_report([Sampled("s\udc80.txt", HOSTILE)], CLEANER)
        markup.encode("utf-8")
        assert "lone surrogate" in markup

    @given(st.text(), st.one_of(PIECES, st.text(alphabet=st.sampled_from("<>&\"' \n\u200b\ud800"))))
    def test_any_text_makes_a_valid_page(self, where, text):
        """Any text and name: the page builds, is valid UTF-8, and holds no markup from them."""
        markup = build_report([Sampled(where, text), Sampled("x", where)], CLEANER)
        markup.encode("utf-8")
        page = Page(markup)
        assert page.tags.count("script") == 1
        assert not [name for name, _ in page.attributes if name.startswith("on")]

    def test_invisible_characters_become_badges(self):
        """A zero-width space is drawn as a labelled badge, not as nothing."""
        markup = build_report([Sampled("z.txt", "zero\u200bwidth")], CLEANER)
        assert re.search(
            r'<span class="cp" title="U\+200B ZERO WIDTH SPACE">U\+200B</span>', markup
        )

    def test_nothing_from_the_network(self):
        """The page loads nothing: a CSP forbids it and no element names an outside URL."""
        markup = build_report(documents(), CLEANER)
        assert "default-src 'none'" in markup
        page = Page(markup)
        for name, value in page.attributes:
            if name in {"src", "href"}:
                assert value.startswith(("#", "data:")), value


def filter_table(markup):
    """{filter: (documents changed, changes, characters removed)} from the page's filter table."""
    rows = re.findall(
        r'<tr(?: class=idle)?><td><span class="chip f-(\w+)">\w+</span></td>'
        r"<td class=num>([\d,]+)</td>"
        r"<td class=num>[^<]*</td><td class=num>([\d,]+)</td><td class=num>(-?[\d,]+)</td>",
        markup,
    )
    return {name: tuple(int(n.replace(",", "")) for n in numbers) for name, *numbers in rows}


class TestCounts:
    def test_filter_counts_match_the_cleaner(self):
        """Documents changed, changes and characters removed per filter are the cleaner's own."""
        docs = [*documents(), Sampled("hostile", HOSTILE)]
        table = filter_table(build_report(docs, CLEANER))
        assert set(table) == set(CLEANER.enabled)
        for name in CLEANER.enabled:
            steps = [
                step
                for doc in docs
                for step in CLEANER.explain(doc.text).steps
                if step.filter == name
            ]
            changed = sum(
                1 for doc in docs if name in {s.filter for s in CLEANER.explain(doc.text).steps}
            )
            changes = sum(len(step.changes) for step in steps)
            removed = sum(len(c.before) - len(c.after) for step in steps for c in step.changes)
            assert table[name] == (changed, changes, removed), name

    def test_histogram_counts_every_document(self):
        """The histogram's bars add up to the documents sampled."""
        docs = documents()
        markup = build_report(docs, CLEANER)
        counts = re.findall(r"<title>[^<]*: (\d+) documents?</title>", markup)
        assert sum(map(int, counts)) == len(docs)

    def test_changed_documents_get_a_diff(self):
        """Each changed document has its side-by-side diff; unchanged ones are listed."""
        docs = [*documents(), Sampled("clean.txt", "Nothing to do here.")]
        markup = build_report(docs, CLEANER)
        changed = [d for d in docs if CLEANER.explain(d.text).steps]
        assert markup.count('<table class="diff">') == len(changed)
        assert f"{len(docs) - len(changed)} sampled documents unchanged" in markup
        assert "clean.txt" in markup

    def test_changes_coloured_by_filter_with_reason(self):
        """A change is a span with its filter's class and its reason in the title."""
        markup = build_report([Sampled("h.txt", "Th\N{CYRILLIC SMALL LETTER A}t is it.")], CLEANER)
        spans = re.findall(r'<span class="ch f-fix_homoglyphs( hot)?" title="([^"]*)">', markup)
        assert spans
        assert all("fix_homoglyphs: mixed-script word" in title for _, title in spans)
        assert any(hot for hot, _ in spans)  # the one letter that changed stands out
        assert all("\N{CYRILLIC SMALL LETTER A} U+0430 → a" in title for _, title in spans)

    def test_deletions_leave_a_mark_in_the_output(self):
        """Text deleted inside a line leaves a mark on the output side; a removed line does not."""
        markup = build_report(
            [Sampled("z.txt", "zero\u200bwidth\n\nBody text.\n\nShare this:")], CLEANER
        )
        assert markup.count('class="ch cut f-remove_control_chars"') == 1
        assert 'class="ch cut f-remove_boilerplate"' not in markup

    def test_removed_line_says_why_beside_it(self):
        """A removed line's reason is printed in the empty output cell beside it."""
        markup = build_report([Sampled("b.txt", "Body text here.\n\nShare this:")], CLEANER)
        assert '<span class="why">remove_boilerplate: share_widget:' in markup

    def test_boilerplate_categories_with_examples(self):
        """Boilerplate is listed by category with example lines."""
        markup = build_report(documents(), CLEANER)
        section = markup.split("Boilerplate removed, by category")[1].split("</section>")[0]
        assert "<code>comment_form</code>" in section
        assert "Leave a Reply" in section


def test_swallowed_spans_are_not_painted_again():
    """A change inside a larger change of a later step leaves its mark to that change, once."""
    # A line longer than diff_changes diffs by character is reported whole, so
    # normalize_whitespace's one change covers every look-alike repair before it.
    text = "w\N{CYRILLIC SMALL LETTER A}s the test " * 2000
    (whitespace,) = CLEANER.explain(text).steps[-1].changes
    assert (whitespace.start, whitespace.end) == (0, len(text))
    markup = build_report([Sampled("long.txt", text)], CLEANER)
    right = markup.split('<td class="n">1</td><td class="t">')[2]
    assert right.count('class="ch f-normalize_whitespace') == 1
    assert 'class="ch f-fix_homoglyphs' not in right


def test_every_filter_has_a_colour(monkeypatch):
    """Each registered filter gets a distinct colour, filters added later too."""
    from textclean import report_html

    monkeypatch.setattr(report_html, "ORDER", (*report_html.ORDER, "mask_urls", "mask_emails"))
    colors = report_html.filter_colors()
    assert set(colors) == set(report_html.ORDER)
    assert len(set(colors.values())) == len(colors)


class TestHeavyRemovals:
    def test_flagged(self):
        """A document that lost more than a fifth of its text is flagged for reading."""
        text = "Short body.\n\nShare this:\nLeave a Reply\nSource link"
        markup = build_report([Sampled("h.txt", text), *documents()], CLEANER)
        assert "1 document lost more than 20% of its text: read its diff" in markup
        assert '<tr class=heavy><td><a href="#doc-1">h.txt</a>' in markup

    def test_none(self):
        """Without heavy removals the page says so."""
        markup = build_report(documents(), CLEANER)
        assert "No document lost more than 20% of its text." in markup


class TestEmptyAndSampling:
    def test_empty_corpus(self):
        """No documents: a page that says so."""
        markup = build_report([], CLEANER, total=0)
        assert "0 of 0 documents sampled" in markup
        assert "No document in the sample was changed." in markup
        assert "No boilerplate lines were removed" in markup

    def test_empty_documents(self):
        """Empty texts render without error."""
        markup = build_report([Sampled("e.txt", ""), Sampled("ws.txt", "  \n\n")], CLEANER)
        assert "ws.txt" in markup

    def test_sample_is_seeded_and_in_order(self):
        """The same seed gives the same sample, in input order, and counts every document."""
        docs = [Sampled(str(i), f"doc {i}") for i in range(200)]
        first, total = sample(docs, 10, seed=3)
        again, _ = sample(iter(docs), 10, seed=3)
        other, _ = sample(docs, 10, seed=4)
        assert total == 200
        assert first == again
        assert first != other
        assert len(first) == 10
        assert [int(d.where) for d in first] == sorted(int(d.where) for d in first)

    def test_sample_larger_than_corpus(self):
        """Asking for more than there is gives everything."""
        docs = [Sampled(str(i), "x") for i in range(3)]
        assert sample(docs, 50) == (docs, 3)

    def test_sample_is_uniform_enough(self):
        """Over many seeds each document is picked about equally often."""
        docs = [Sampled(str(i), "") for i in range(20)]
        picks = [0] * 20
        for seed in range(500):
            for doc in sample(docs, 5, seed=seed)[0]:
                picks[int(doc.where)] += 1
        expected = 500 * 5 / 20
        assert all(0.6 * expected < count < 1.4 * expected for count in picks), picks

    def test_reads_text_and_jsonl(self, tmp_path):
        """Text files are one document each, JSONL one per record with its id; bad ones counted."""
        (tmp_path / "a.txt").write_text("alpha", "utf-8")
        (tmp_path / "b.jsonl").write_text(
            '{"id": "x1", "body": "beta"}\nnot json\n\n{"body": "gamma"}\n', "utf-8"
        )
        files = [tmp_path / "a.txt", tmp_path / "b.jsonl"]
        skipped = Skipped()
        found = list(read_documents(files, field="body", skipped=skipped))
        assert [d.text for d in found] == ["alpha", "beta", "gamma"]
        assert found[1].where.endswith("b.jsonl:1 (id x1)")
        assert [where for where, _ in skipped.listed] == [f"{files[1]}:2"]
        with pytest.raises(InputError, match=r"b\.jsonl:2: invalid JSON"):
            list(read_documents(files, field="body"))


def test_corpus_files(tmp_path):
    """Folders are walked for corpus files, sorted; files named are taken as they are."""
    (tmp_path / "f" / "sub").mkdir(parents=True)
    for name in ("f/b.txt", "f/sub/a.jsonl", "f/skip.bin", "c.csv"):
        (tmp_path / name).write_text("x", "utf-8")
    found = corpus_files([tmp_path / "f", tmp_path / "c.csv"])
    assert found == [tmp_path / "f/b.txt", tmp_path / "f/sub/a.jsonl", tmp_path / "c.csv"]
    with pytest.raises(InputError, match="no such file"):
        corpus_files([tmp_path / "missing"])


def test_reads_parquet(tmp_path):
    """Parquet files give one document per row of the field's column."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "d.parquet"
    pq.write_table(pa.table({"body": ["one", None, "two"]}), path)
    skipped = Skipped()
    found = list(read_documents([path], field="body", skipped=skipped))
    assert skipped.listed == [(f"{path}:row 2", "column 'body' is null, not text")]
    assert [(d.where, d.text) for d in found] == [
        (f"{path}:row 1", "one"),
        (f"{path}:row 3", "two"),
    ]
    with pytest.raises(InputError, match="no column 'text'"):
        list(read_documents([path]))


@pytest.mark.parametrize("profile", ["default", "ml"])
def test_profiles_render(profile):
    """Every profile's report renders the seeds."""
    markup = build_report(documents(), Cleaner(profile))
    assert markup.startswith("<!DOCTYPE html>")
    assert markup.rstrip().endswith("</html>")
