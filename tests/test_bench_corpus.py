"""
The bench corpus (bench/corpus.py) draws text that does not repeat, in the mix's shares (untimed).

Made-up pools whose every sentence carries a number of its own (``#17#``,
which survives look-alike swaps, mojibake and legacy code pages) show which
sentences each document was made of; `make bench`'s real pools are checked
too when this machine has fetched them (bench/data/pools.json).
"""

from __future__ import annotations

import gettext
import io
import itertools
import random
import re
import struct
import sys
from collections import Counter
from pathlib import Path

import pytest
from bench_modules import load_bench_module

_FOLDER = Path(__file__).resolve().parent.parent / "bench"

if not (_FOLDER / "corpus.py").exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/ is not in this tree", allow_module_level=True)

sys.path.insert(0, str(_FOLDER))  # run.py imports its sibling corpus
corpus = load_bench_module(_FOLDER, "corpus")
run = load_bench_module(_FOLDER, "run")

_WORDS = {
    "en": "the report said officials would meet again",
    "de": "die Prüfung ergab später größere Schäden",
    "fr": "le garçon était déjà là près du café",
    "es": "el niño pidió más información mañana",
    "pl": "żółta łódź płynęła przez jezioro",
    "cs": "řeka tekla přes údolí k městu",
    "pt": "não há ação sem razão nem coração",
    "it": "perché la città è così bella già",
    "hu": "az ősszel érkező szél hűvös volt",
    "ru": "в городе прошли выборы нового совета",
    "uk": "у місті відбулися збори громади",
    "el": "η κυβέρνηση ανακοίνωσε νέα μέτρα",
    "zh": "今天的会议讨论了新的计划",
    "ja": "今日は新しい計画について話し合った",
    "ko": "오늘 회의에서 새로운 계획을 논의했다",
    corpus.HEADLINES: "Officials meet again on the plan",
}
_NUMBER = re.compile(r"#(\d+)#")


def made_up_pools(sentences: dict[str, int]) -> dict[str, list[list[str]]]:
    """Pools of passages of five sentences, ``sentences[lang]`` a language, each numbered apart."""
    numbers = iter(range(1, 10**9))
    pools = {}
    for lang, words in _WORDS.items():
        numbered = [f"{words} #{next(numbers)}#." for _ in range(sentences.get(lang, 2000))]
        pools[lang] = [numbered[first : first + 5] for first in range(0, len(numbered), 5)]
    return pools


def numbers_in(docs: list[str]) -> Counter[str]:
    return Counter(number for doc in docs for number in _NUMBER.findall(doc))


def a_run(builder: object, sizes: dict[str, int], rounds: int) -> list[list[tuple[str, str]]]:
    """The warm-up (a quarter round) and ``rounds`` rounds, as run.measure_library draws them."""
    warm_up = {kind: size // 4 + 1 for kind, size in sizes.items()}
    return [builder.corpus(warm_up)] + [builder.corpus(sizes) for _ in range(rounds)]  # type: ignore[attr-defined]


class TestNoRepeat:
    def test_no_sentence_is_drawn_twice_in_a_run(self) -> None:
        """Warm-up and rounds together use every sentence at most once, in every kind."""
        builder = corpus.Builder(made_up_pools({}), random.Random(1))
        sizes = builder.kind_bytes(60_000, 5.25)
        drawn = [doc for part in a_run(builder, sizes, 5) for _, doc in part]
        counts = numbers_in(drawn)
        assert counts
        assert max(counts.values()) == 1

    def test_rounds_share_no_sentence_with_the_warm_up(self) -> None:
        """The warm-up is made of other text than any round."""
        builder = corpus.Builder(made_up_pools({}), random.Random(2))
        warm_up, *rounds = a_run(builder, builder.kind_bytes(40_000, 4.25), 4)
        timed = numbers_in([doc for part in rounds for _, doc in part])
        assert not set(timed) & set(numbers_in([doc for _, doc in warm_up]))

    def test_short_pools_shrink_their_kind_instead_of_repeating(self) -> None:
        """A language with few sentences gets fewer bytes a round; the run still repeats nothing."""
        builder = corpus.Builder(made_up_pools({"cs": 30, "el": 60}), random.Random(3))
        sizes = builder.kind_bytes(60_000, 5.25)
        assert sizes["cs"] < sizes["de"] == int(0.25 / 8 * 60_000)
        assert sizes["el"] < int(0.04 * 60_000)
        drawn = [doc for part in a_run(builder, sizes, 5) for _, doc in part]
        assert max(numbers_in(drawn).values()) == 1

    def test_short_documents_repeat_nothing(self) -> None:
        """Short documents of every kind, warm-up and rounds, use every sentence once."""
        builder = corpus.Builder(made_up_pools({"el": 200, "en": 8000}), random.Random(4))
        counts = builder.short_counts(80, 4.25)
        assert counts["el"] < counts["en"] == 80
        docs = {kind: [builder.short_document(kind) for _ in range(counts[kind] * 17 // 4)]
                for kind in corpus.SHORT_KINDS}  # fmt: skip
        assert max(numbers_in([doc for found in docs.values() for doc in found]).values()) == 1
        for kind in ("en", "accented Latin", "ru", "el", "CJK"):
            assert all(corpus.SHORT_MIN <= len(doc) <= corpus.SHORT_MAX for doc in docs[kind])

    def test_an_emptied_pool_raises_unless_it_recycles(self) -> None:
        """Past its last sentence a stream raises; the scaling table's streams start again."""
        stream = corpus.Stream("cs", [["a #1#.", "b #2#."]], random.Random(5))
        assert sorted([stream.take(), stream.take()]) == ["a #1#.", "b #2#."]
        with pytest.raises(corpus.PoolExhaustedError):
            stream.take()
        again = corpus.Stream("cs", [["a #1#."]], random.Random(5), recycle=True)
        assert [again.take(), again.take()] == ["a #1#.", "a #1#."]

    def test_a_document_is_consecutive_sentences_of_one_passage(self) -> None:
        """Sentences come in their passage's order, so a paragraph reads as the text it came from."""
        builder = corpus.Builder(made_up_pools({}), random.Random(6))
        numbers = [int(n) for n in _NUMBER.findall(builder.document("de"))]
        steps = [b - a for a, b in itertools.pairwise(numbers)]
        assert steps.count(1) >= len(steps) // 2


class TestShares:
    def test_kinds_take_the_mix_shares_of_issue_15(self) -> None:
        """English news 45%, accented Latin 25% in 8 languages, genuine 10%, look-alikes 15%, mojibake 5%."""
        kinds = corpus.Builder(made_up_pools({}), random.Random(7)).kinds
        share = {kind: value for kind, (value, _) in kinds.items()}
        assert sum(share.values()) == pytest.approx(1.0)
        assert share["en clean"] + share["en raw"] + share["en boilerplate"] >= 0.40
        assert sum(share[lang] for lang in corpus.ACCENTED) >= 0.25
        assert len(corpus.ACCENTED) >= 4
        assert share["ru"] + share["uk"] + share["el"] >= 0.10
        assert share["ru look-alikes"] >= 0.05
        assert share["en look-alikes"] >= 0.10
        assert share["mojibake"] >= 0.05

    def test_ample_pools_give_each_kind_its_share_of_a_round(self) -> None:
        """With pools large enough, every kind gets its share of the round's bytes."""
        builder = corpus.Builder(made_up_pools({}), random.Random(8))
        sizes = builder.kind_bytes(20_000, 2)
        assert sizes == {kind: int(share * 20_000) for kind, (share, _) in builder.kinds.items()}
        drawn = Counter()
        for kind, doc in builder.corpus(sizes):
            drawn[kind] += len(doc.encode("utf-8"))
        assert all(sizes[kind] <= drawn[kind] < sizes[kind] + 600 for kind in sizes)

    def test_the_whole_mix_weighs_each_kind_by_its_share(self) -> None:
        """A kind measured on fewer bytes still counts for its share of the mix."""
        shares = {"a": 0.75, "b": 0.25}
        sizes = {"a": 3000, "b": 100}  # b's pool was short
        theirs = {"a": 3.0, "b": 0.1}  # both 1 ms per byte...
        ours = {"a": 1.0, "b": 0.1}  # ...we are 3x on a and even on b
        assert run.mix_ratio(theirs, ours, sizes, shares) == pytest.approx(1 / (0.75 / 3 + 0.25))


class TestDistinct:
    def test_every_document_is_a_distinct_str(self) -> None:
        """No two documents of a round are the same object, or the same text."""
        builder = corpus.Builder(made_up_pools({}), random.Random(9))
        docs = [doc for _, doc in builder.corpus(builder.kind_bytes(40_000, 1))]
        assert len({id(doc) for doc in docs}) == len(docs)
        assert len(set(docs)) == len(docs)

    def test_damaged_kinds_are_damaged(self) -> None:
        """Look-alike and mojibake documents differ from text of their language."""
        builder = corpus.Builder(made_up_pools({}), random.Random(10))
        assert any(
            "\N{CYRILLIC SMALL LETTER A}" in builder.document("en look-alikes") for _ in range(5)
        )
        assert "Ã" in builder.document("mojibake") or "Å" in builder.document("mojibake")
        assert re.search("[a-z]", builder.document("ru look-alikes"))


_POOLS = _FOLDER / "data" / "pools.json"


@pytest.mark.skipif(not _POOLS.exists(), reason="make bench has not fetched the pools here")
class TestRealPools:
    def test_each_sentence_is_in_its_pool_once(self) -> None:
        """fetch_pools keeps a sentence once per language."""
        for found in corpus.fetch_pools(_POOLS.parent).values():
            sentences = [s for passage in found for s in passage]
            assert len(sentences) == len(set(sentences))

    def test_the_bench_plan_fits_the_pools(self) -> None:
        """make bench's library rounds and warm-up draw without emptying a pool."""
        settings = run.Settings()
        builder = corpus.Builder(corpus.fetch_pools(_POOLS.parent), random.Random(run.SEED))
        sizes = builder.kind_bytes(settings.round_bytes, settings.rounds + settings.warm_up)
        a_run(builder, sizes, settings.rounds)
        assert all(sizes.values())

    def test_the_short_document_plan_fits_the_pools(self) -> None:
        """make bench's short documents, warm-up and rounds, draw without emptying a pool."""
        settings = run.Settings()
        builder = corpus.Builder(corpus.fetch_pools(_POOLS.parent), random.Random(run.SEED + 1))
        counts = builder.short_counts(settings.short_docs, settings.rounds + settings.warm_up)
        for kind, count in counts.items():
            for _ in range(int(count * (settings.rounds + settings.warm_up))):
                builder.short_document(kind)

    def test_no_language_of_the_mix_is_a_few_hundred_sentences(self) -> None:
        """Each accented-Latin and genuine language draws from 1,500 sentences or more."""
        sizes = corpus.pool_sizes(corpus.fetch_pools(_POOLS.parent))
        short = {lang: sizes[lang][0] for lang in (*corpus.ACCENTED, *corpus.GENUINE)
                 if sizes[lang][0] < 1_500}  # fmt: skip
        assert short == {}


def test_translated_messages_give_sentences_not_labels() -> None:
    """Of translated messages, sentences of five words or more, without placeholders or markup."""
    found: dict[str, list[list[str]]] = {"cs": []}
    corpus._translated(["Změnit pořadí", "Kliknutím se zobrazí stránka místa.\n\nMísto je v seznamu.",
                        "Soubor %s nelze otevřít, zkuste to prosím znovu později.",
                        "Nápověda k příkazům a volbám\n============================"],
                       "cs", found)  # fmt: skip
    assert found["cs"] == [["Kliknutím se zobrazí stránka místa."]]


def _compiled_catalog(pairs: list[tuple[str, str]]) -> bytes:
    """A gettext .mo file of (original, translation) pairs, as msgfmt writes one (little-endian)."""
    originals = [original.encode() for original, _ in pairs]
    translations = [translation.encode() for _, translation in pairs]
    head = 7 * 4
    tables = head + 16 * len(pairs)  # two tables of (length, offset) pairs
    data, entries = b"", []
    for text in originals + translations:
        entries.append((len(text), tables + len(data)))
        data += text + b"\0"
    fields = [0x950412DE, 0, len(pairs), head, head + 8 * len(pairs), 0, tables]
    return struct.pack("<7I", *fields) + b"".join(struct.pack("<2I", *e) for e in entries) + data


def test_a_compiled_catalog_gives_its_translations():
    """The .mo reader gives each translation (and each plural form), as gettext reads them."""
    header = "Content-Type: text/plain; charset=UTF-8\n"
    pairs = [
        ("", header),
        ("Open", "Otevřít"),
        ("file\0files", "soubor\0soubory"),
    ]
    data = _compiled_catalog(pairs)
    assert corpus._mo_messages(data) == [header, "Otevřít", "soubor", "soubory"]
    assert gettext.GNUTranslations(io.BytesIO(data)).gettext("Open") == "Otevřít"


def test_a_catalog_source_gives_its_translations():
    """The .po reader joins a translation's quoted lines and reads their escapes."""
    source = (
        'msgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n\n'
        'msgid "Open the file"\nmsgstr ""\n"Otevřít "\n"soubor \\"a\\""\n\n'
        'msgid "file"\nmsgid_plural "files"\nmsgstr[0] "soubor"\nmsgstr[1] "soubory"\n'
    )
    assert corpus._po_messages(source) == [
        "Project-Id-Version: x\n",
        'Otevřít soubor "a"',
        "soubor",
        "soubory",
    ]


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("cut short", lambda data: data[:30]),
        ("cut in a translation", lambda data: data[:-4]),
        ("no catalog", lambda data: b"PK\x03\x04" + data[4:]),
        ("empty", lambda _data: b""),
    ],
)
def test_a_damaged_compiled_catalog_is_named(name, damage):
    """A .mo file cut short or not one is a FetchError naming it, not an unpacking error."""
    data = damage(_compiled_catalog([("Open", "Otevřít soubor")]))
    with pytest.raises(corpus.FetchError, match=r"^pkg: cs\.mo is damaged"):
        corpus._catalog("pkg: cs.mo", corpus._mo_messages, data)


@pytest.mark.parametrize(
    "source",
    ['msgstr "Otev\n', "msgstr\n", "msgstr 12\n", 'msgstr ""\n"a" + "b"\n'],
    ids=["unterminated", "no string", "a number", "an expression"],
)
def test_a_damaged_catalog_source_is_named(source):
    """A .po line that is no quoted string is a FetchError naming the catalog."""
    with pytest.raises(corpus.FetchError, match=r"^pkg: cs\.po is damaged"):
        corpus._catalog("pkg: cs.po", corpus._po_messages, 'msgid "a"\n' + source)
