"""Fresh boilerplate variants for bench/boilerplate_eval.py: written after the rules were frozen."""

# kind: (places, blocks of lines). Filled in after the rules are frozen.
FRESH: dict[str, tuple[tuple[str, ...], list[list[str]]]] = {}
