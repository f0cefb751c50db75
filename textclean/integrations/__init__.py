"""
Integrations with the pipelines textclean users run, each behind its own extra.

- `textclean.integrations.datatrove`: a datatrove pipeline step (``textclean-kit[datatrove]``).
- `textclean.integrations.sklearn`: a scikit-learn transformer (``textclean-kit[sklearn]``).

pandas needs no module: `textclean.Cleaner.clean_series`. Dask: `textclean.dask`.
"""
