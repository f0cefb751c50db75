"""
A scikit-learn transformer that cleans texts (``textclean-kit[sklearn]``).

    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> from sklearn.pipeline import make_pipeline
    >>> pipeline = make_pipeline(TextcleanTransformer("ml"), TfidfVectorizer())
    >>> texts = ["“Quoted” caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN}", "plain"]
    >>> pipeline.fit_transform(texts).shape
    (2, 3)

Stateless: ``fit`` only checks the parameters. Picklable, cloneable, and its
parameters are set with ``set_params`` as in any scikit-learn estimator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from textclean.extras import needs_extra
from textclean.pipeline import Cleaner

with needs_extra("sklearn", "textclean.integrations.sklearn"):
    from sklearn.base import BaseEstimator, TransformerMixin

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from textclean.config import CleanConfig


class TextcleanTransformer(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """
    Clean each text of X with a textclean profile; put it before a vectorizer.

    ``profile`` is a profile name or a CleanConfig; ``overrides`` switches
    filters or settings by name (``{"mask_urls": True}``). X is a list, a 1-D
    array or a pandas Series of str (or a one-column 2-D array or frame, as a
    ColumnTransformer gives); a Series comes back as a Series with its index
    and missing values, anything else as a list of str.
    """

    def __init__(
        self, profile: str | CleanConfig = "default", overrides: Mapping[str, Any] | None = None
    ) -> None:
        """Store the parameters as given (scikit-learn's convention); fit checks them."""
        self.profile = profile
        self.overrides = overrides

    def _cleaner(self) -> Cleaner:
        return Cleaner(self.profile, **dict(self.overrides or {}))

    def fit(self, x: Any, y: Any = None) -> Self:  # noqa: ARG002 - scikit-learn's signature
        """Check the parameters by building the Cleaner; nothing is learned."""
        self.cleaner_ = self._cleaner()
        return self

    def transform(self, x: Any) -> Any:
        """Return the cleaned texts: a Series for a Series, else a list of str."""
        cleaner = getattr(self, "cleaner_", None) or self._cleaner()
        if hasattr(x, "map") and hasattr(x, "index") and getattr(x, "ndim", 1) == 1:
            return cleaner.clean_series(x)
        return [cleaner.clean(text) for text in _one_column(x)]

    def __sklearn_tags__(self) -> Any:
        """Stateless: transform works without fit; input is text, not numbers."""
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


def _one_column(x: Any) -> Iterable[str]:
    """The texts of a list, 1-D array, or one-column 2-D array or DataFrame."""
    if isinstance(x, str | bytes):
        # Iterated, it would be cleaned letter by letter into a list of letters.
        raise TypeError(
            f"TextcleanTransformer takes a list of texts, not one {type(x).__name__}; pass [text]"
        )
    if getattr(x, "ndim", 1) == 2:
        if x.shape[1] != 1:
            raise ValueError(f"TextcleanTransformer takes one column of texts, got {x.shape[1]}")
        values = x.to_numpy() if hasattr(x, "to_numpy") else x
        return [row[0] for row in values]
    return x  # type: ignore[no-any-return]
