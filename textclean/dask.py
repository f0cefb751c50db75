"""
Dask integration: clean a Dask bag or dataframe column on a cluster (``textclean-kit[dask]``).

    >>> import dask.bag as db
    >>> from textclean.dask import clean_bag
    >>> clean_bag(db.from_sequence(["a  b", "cafÃ©"], npartitions=1)).compute(scheduler="sync")
    ['a b', 'café']

Each partition builds one `Cleaner` from the (picklable) config, so workers
do not rebuild filters per document. Order within and across partitions is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textclean.pipeline import Cleaner, resolve_config

if TYPE_CHECKING:
    from collections.abc import Iterable

    from textclean.config import CleanConfig


def _clean_partition(texts: Iterable[str], config: CleanConfig) -> list[str]:
    cleaner = Cleaner(config)
    return [cleaner.clean(text) for text in texts]


def _clean_series(series: Any, config: CleanConfig) -> Any:
    return Cleaner(config).clean_series(series)


def clean_bag(bag: Any, config: CleanConfig | str | None = None, **overrides: object) -> Any:
    """Return a bag of cleaned texts, lazily; ``config`` is a CleanConfig or profile name."""
    resolved = resolve_config(config, **overrides)
    return bag.map_partitions(_clean_partition, resolved)


def clean_dataframe(
    df: Any, column: str, config: CleanConfig | str | None = None, **overrides: object
) -> Any:
    """
    Return ``df`` with ``column`` cleaned, every other column as it was.

    The column keeps its dtype (``string[pyarrow]`` included) and its missing
    values, so ``to_parquet`` writes the schema it read.
    """
    from dask.dataframe.utils import clear_known_categories  # noqa: PLC0415 - the extra's own

    resolved = resolve_config(config, **overrides)
    # A categorical column's categories are cleaned in each partition: unknown until computed.
    meta = clear_known_categories(df[column]._meta)  # type: ignore[no-untyped-call]  # noqa: SLF001 - Dask's documented meta
    cleaned = df[column].map_partitions(_clean_series, resolved, meta=meta)
    return df.assign(**{column: cleaned})
