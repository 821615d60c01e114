"""Classify a whole OKR history with Dask: classify_frame on every partition, the model loaded once per worker.

    pip install "okrcoach[dask]"
    python examples/dask_frame.py

okrcoach loads each language's model lazily and keeps it for the life of the process, so every
Dask worker process pays the load once, however many partitions it handles. The same pattern works
with Spark: `df.mapInPandas(lambda frames: (classify_frame(f, "text") for f in frames), schema)`,
with `schema` the input StructType plus okr_label (string), okr_confidence (double), okr_issues
(string) and okr_suggestion (string); the README shows it in full.
"""

from __future__ import annotations

import dask.dataframe as dd
import pandas as pd

from okrcoach import classify_frame


def classify_dask(frame: dd.DataFrame, column: str) -> dd.DataFrame:
    """Return the Dask frame with okrcoach's verdict columns added to every partition."""
    meta = frame._meta.assign(
        okr_label=pd.Series(dtype="str"),
        okr_confidence=pd.Series(dtype="float64"),
        okr_issues=pd.Series(dtype="str"),
        okr_suggestion=pd.Series(dtype="str"),
    )
    return frame.map_partitions(classify_frame, column, meta=meta)


def main() -> None:
    history = pd.DataFrame(
        {
            "owner": ["Sato", "Priya", "Tanaka", "Mike", "Suzuki", "Ana"],
            "text": [
                "Learn SEO",
                "Close 10 new enterprise deals by March 31",
                "SEOを学びたい",
                "Improve customer satisfaction",
                "解約率を5%から3%に下げる",
                "",
            ],
        }
    )
    result = classify_dask(dd.from_pandas(history, npartitions=3), "text").compute()
    print(result[["owner", "text", "okr_label", "okr_issues"]].to_string())


if __name__ == "__main__":
    main()
