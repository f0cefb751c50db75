"""The warm-up `--jobs` runs builds every table the filters build on first use."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Lazy builders the warm-up need not reach, and why.
NOT_TABLES = {
    # Reads a language's first words, only to build tables that are shipped
    # precomputed (letter triples, code-page alphabets).
    "textclean.lexicon.most_frequent": "builds only what textclean.tables ships",
    # textclean.clean's Cleaner per profile: the CLI's workers use their own.
    "textclean._cleaner": "a Cleaner, not a table",
    # Two small patterns per code page (0.15 ms), for a line of mojibake
    # past 64 KB with no ASCII to cut it at, which no warm-up sample holds.
    "textclean._filters.encoding._sequence_starts": "two small patterns, for rare lines",
    # Memos of the last few texts weighed (a line's code-page candidates), not tables.
    "textclean._filters.encoding._badness": "a memo of the last texts weighed",
    "textclean._filters.encoding._rare_count": "a memo of the last texts weighed",
    # A memo of answers per token, filled as lines come: nothing to build first.
    "textclean._filters.boilerplate.vocabulary.credit_word": "answers per token, not a table",
    # One pattern (3 ms) for a CJK phrase between furniture lines: the warm-up's
    # sample holds one, but this probe's cleaner transliterates it first.
    "textclean._filters.boilerplate.signals._wide": "one pattern, for CJK lines",
    # The CJK cue pattern (3 ms), its categories and the script and byline
    # patterns, likewise: only CJK lines ask.
    "textclean._filters.boilerplate.wide_cues._pattern": "one pattern, for CJK lines",
    "textclean._filters.boilerplate.wide_cues._category": "its table, for CJK lines",
    "textclean._filters.boilerplate.wide_cues._patterns": "three patterns, for CJK lines",
}

# In a new interpreter (this one has run other tests): every function cached
# with functools.cache or lru_cache, and every cached_property, of every
# module of textclean; then the warm-up of a cleaner with every filter on,
# with and without explanations; then the builders still empty.
_PROBE = textwrap.dedent(
    """
    import functools, gc, importlib, json, pkgutil
    import textclean
    from textclean import runner
    from textclean.pipeline import ORDER

    OPTIONAL = ("textclean.integrations", "textclean.dask")
    modules = [textclean] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(textclean.__path__, "textclean.")
        if not info.name.startswith(OPTIONAL)
    ]
    builders = {}
    for module in modules:
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if callable(value) and hasattr(value, "cache_info"):
                builders[f"{module.__name__}.{name}"] = value
            if isinstance(value, type):
                for attr, member in vars(value).items():
                    if isinstance(member, functools.cached_property):
                        builders[f"{module.__name__}.{name}.{attr}"] = (value, member)
    cleaner = textclean.Cleaner("default", **{name: True for name in ORDER})
    runner.warm_up(cleaner)
    runner.warm_up(cleaner, explain=True)
    objects = gc.get_objects()

    def reached(builder):
        if isinstance(builder, tuple):
            owner, member = builder
            return any(
                isinstance(o, owner) and member.attrname in vars(o) for o in objects
            )
        return builder.cache_info().currsize > 0

    print(json.dumps({
        "builders": sorted(builders),
        "missed": sorted(name for name, b in builders.items() if not reached(b)),
    }))
    """
)


def _probe() -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=300
    )
    found: dict[str, list[str]] = json.loads(done.stdout)
    return found


def test_warm_up_reaches_every_lazy_builder() -> None:
    """A table built on first use that the warm-up misses would be built again by every worker."""
    found = _probe()
    assert len(found["builders"]) > 40  # the search finds the filters' builders
    missed = sorted(set(found["missed"]) - set(NOT_TABLES))
    assert not missed, f"add a text to runner.warm_up_sample that needs them: {missed}"
    assert set(NOT_TABLES) <= set(found["builders"]), "NOT_TABLES names a builder gone"
