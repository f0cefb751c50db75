"""The pipelines users run: pandas, Dask, scikit-learn, datatrove, Hugging Face datasets."""

import json
import pickle

import pytest

from textclean import Cleaner

RAW = ["Itâ€™s  th\u0430t simple.", None, "Write to jane@example.org\r\n", "plain"]
CLEAN = ["It’s that simple.", None, "Write to jane@example.org", "plain"]


class TestPandas:
    @pytest.mark.parametrize("dtype", ["object", "string[pyarrow]", "string[python]", "str"])
    def test_clean_series_keeps_missing_index_name_and_dtype(self, dtype):
        """None, NaN and pd.NA stay missing; index, name and dtype are those of the input."""
        pd = pytest.importorskip("pandas")
        series = pd.Series(RAW, index=[10, 11, 12, 13], name="body", dtype=dtype)
        out = Cleaner().clean_series(series)
        assert out.dtype == series.dtype
        assert out.name == "body"
        assert list(out.index) == [10, 11, 12, 13]
        assert out.isna().tolist() == [False, True, False, False]
        assert out.dropna().tolist() == [text for text in CLEAN if text is not None]

    def test_nan_in_an_object_column(self):
        """A float NaN among texts (what read_csv gives) is kept, not cleaned."""
        pd = pytest.importorskip("pandas")
        out = Cleaner().clean_series(pd.Series(["a  b", float("nan")], dtype="object"))
        assert out[0] == "a b"
        assert pd.isna(out[1])

    def test_non_text_values_raise(self):
        """A number in a text column is an error that names the type."""
        pd = pytest.importorskip("pandas")
        with pytest.raises(TypeError, match="int"):
            Cleaner().clean_series(pd.Series(["a", 3], dtype="object"))


def test_dask_dataframe_to_parquet_on_a_cluster(tmp_path):
    """clean_dataframe keeps string[pyarrow] and missing values, so to_parquet works on a cluster."""
    distributed = pytest.importorskip("distributed")
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")

    from textclean.dask import clean_dataframe

    frame = pd.DataFrame(
        {"id": range(8), "text": pd.Series(RAW * 2, dtype="string[pyarrow]")},
    )
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        cleaned = clean_dataframe(dd.from_pandas(frame, npartitions=2), "text", "default")
        assert cleaned["text"].dtype == frame["text"].dtype
        cleaned.to_parquet(tmp_path / "out", write_index=False)
    table = pq.read_table(tmp_path / "out")
    assert table.schema.field("text").type in {"string", "large_string"}
    assert table.column("text").to_pylist() == CLEAN * 2
    assert table.column("id").to_pylist() == list(range(8))


class TestSklearn:
    def test_in_a_pipeline_with_a_vectorizer(self):
        """Cleaning before TfidfVectorizer: look-alike letters and mojibake no longer split words."""
        pytest.importorskip("sklearn")
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import Pipeline

        from textclean.integrations.sklearn import TextcleanTransformer

        texts = ["caf\u00c3\u00a9 th\u0430t", "café that"]
        pipeline = Pipeline([("clean", TextcleanTransformer()), ("tfidf", TfidfVectorizer())])
        matrix = pipeline.fit_transform(texts)
        assert sorted(pipeline.named_steps["tfidf"].vocabulary_) == ["café", "that"]
        assert (matrix[0] != matrix[1]).nnz == 0
        raw = TfidfVectorizer().fit(texts)
        assert len(raw.vocabulary_) > 2

    def test_params_clone_and_pickle(self):
        """get_params/set_params, clone and pickle behave as for any estimator."""
        pytest.importorskip("sklearn")
        from sklearn.base import clone

        from textclean.integrations.sklearn import TextcleanTransformer

        transformer = TextcleanTransformer("ml", overrides={"mask_urls": True})
        assert transformer.get_params() == {"profile": "ml", "overrides": {"mask_urls": True}}
        transformer.set_params(profile="default")
        assert transformer.profile == "default"
        copy = clone(transformer)
        assert copy.get_params() == transformer.get_params()
        fitted = pickle.loads(pickle.dumps(transformer.fit(["x"])))
        assert fitted.transform(["see https://x.org  now"]) == ["see <URL> now"]

    def test_inputs(self):
        """A list gives a list; a Series a Series; a one-column frame its column's texts."""
        pytest.importorskip("sklearn")
        pd = pytest.importorskip("pandas")
        from textclean.integrations.sklearn import TextcleanTransformer

        transformer = TextcleanTransformer()
        assert transformer.transform(["a  b"]) == ["a b"]
        series = transformer.transform(pd.Series(["a  b", None], index=[5, 6]))
        assert list(series.index) == [5, 6]
        assert series[5] == "a b"
        assert transformer.transform(pd.DataFrame({"t": ["a  b"]})) == ["a b"]
        with pytest.raises(ValueError, match="one column"):
            transformer.transform(pd.DataFrame({"t": ["a"], "u": ["b"]}))

    def test_unknown_filter_fails_at_fit(self):
        """A wrong filter name is reported by fit, listing the valid ones."""
        pytest.importorskip("sklearn")
        from textclean.integrations.sklearn import TextcleanTransformer

        with pytest.raises(ValueError, match="valid settings"):
            TextcleanTransformer(overrides={"mask_url": True}).fit(["x"])


def test_datatrove_pipeline(tmp_path):
    """JsonlReader -> TextcleanFormatter -> JsonlWriter on a local folder, with per-filter stats."""
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from textclean.integrations.datatrove import TextcleanFormatter

    source, target, logs = tmp_path / "in", tmp_path / "out", tmp_path / "logs"
    source.mkdir()
    texts = [text for text in RAW if text is not None] + ["Mail jane@example.org"]
    with (source / "part.jsonl").open("w", encoding="utf-8") as out:
        for index, text in enumerate(texts):
            out.write(json.dumps({"id": str(index), "text": text, "source": "test"}) + "\n")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            TextcleanFormatter("default", mask_emails=True),
            JsonlWriter(str(target), compression=None),
        ],
        tasks=1,
        logging_dir=str(logs),
    ).run()
    records = [
        json.loads(line)
        for path in sorted(target.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
    ]
    assert [record["text"] for record in records] == [
        "It’s that simple.",
        "Write to <EMAIL>",
        "plain",
        "Mail <EMAIL>",
    ]
    stats = json.loads((logs / "stats.json").read_text("utf-8"))
    (step,) = [entry for entry in stats if "textclean" in entry["name"]]
    # datatrove writes a plain count as an int and a measured value as a dict.
    counts = {
        name: value if isinstance(value, int) else value["total"]
        for name, value in step["stats"].items()
    }
    assert counts["total"] == 4
    assert counts["changed"] == 3
    assert counts["fix_encoding"] == 1
    assert counts["fix_homoglyphs"] == 1
    assert counts["normalize_whitespace"] == 2
    assert counts["mask_emails"] == 2
    assert counts["chars_removed"] == sum(map(len, texts)) - sum(len(r["text"]) for r in records)


def test_datasets_map_with_two_processes(monkeypatch, tmp_path):
    """The README's datasets example, on a Dataset built from a dict, with num_proc=2."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    datasets = pytest.importorskip("datasets")

    texts = [text for text in RAW if text is not None] * 4
    dataset = datasets.Dataset.from_dict({"text": texts, "n": list(range(len(texts)))})
    cleaner = Cleaner()
    dataset = dataset.map(lambda row: {"text": cleaner.clean(row["text"])}, num_proc=2)
    assert dataset["text"] == [text for text in CLEAN if text is not None] * 4
    assert dataset["n"] == list(range(len(texts)))
