"""Attribute quotes in a Spark DataFrame with the saywho Python package.

`DataFrame.mapInArrow` hands each task its rows as Arrow record batches; the
task imports `saywho` once and calls `saywho.extract_batch` once per batch
(never per row), with the GIL released while the engine runs. The result is
a DataFrame of `id` and `record` (the JSON line `saywho extract` writes for
that document), ready to write out or to parse with `from_json`.

    spark-submit --master yarn examples/spark/arrow_job.py \\
        --input 'news/*.jsonl' --output out/

The executors need the `saywho` wheel installed (`pip install
saywho-*.whl` in the image, or a packed virtualenv via `--archives`); one
abi3 wheel serves CPython 3.9 and later on the platform it was built for.

Input: JSONL with `id` and `text` fields (`--input-format jsonl`), or any
DataFrame source with an id and a text column (`--input-format parquet|orc`,
`--id-column`, `--text-column`). A JSONL line Spark cannot parse becomes an
error record (kind `invalid_json`) whose id is recovered from the line when
it has one, as the CLI does; record errors stay data, never a failed task.
"""

import argparse
import hashlib
import re
import time

import pyarrow as pa
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

OUTPUT_SCHEMA = "id string, record string"
CORRUPT = "_corrupt_record"
# An id field written before the line broke: "id": "abc" or "id": 123.
RECOVER_ID = re.compile(r'"id"\s*:\s*(?:"([^"\\]+)"|(-?\d+))')


def _hash_id(source, content):
    digest = hashlib.sha1((content or "").encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{source}:sha1-{digest}"


def _stand_in_id(raw, source):
    """The id of a line Spark could not parse: recovered from the line when
    possible, as the CLI does, else a content hash (Spark has no line number)."""
    found = RECOVER_ID.search(raw)
    if found:
        return found.group(1) or found.group(2)
    return _hash_id(source, raw)


def attribute_batches(batches, scope="speech"):
    """mapInArrow function: (id, text[, _corrupt_record, _source]) batches in,
    (id, record) batches out."""
    import saywho  # once per task: the module and its lexicons load here

    for batch in batches:
        names = batch.schema.names
        ids = batch.column(names.index("id")).to_pylist()
        texts = batch.column(names.index("text")).to_pylist()
        corrupt = (
            batch.column(names.index(CORRUPT)).to_pylist()
            if CORRUPT in names
            else [None] * batch.num_rows
        )
        sources = (
            batch.column(names.index("_source")).to_pylist()
            if "_source" in names
            else ["input"] * batch.num_rows
        )
        ids = [
            _stand_in_id(raw, src)
            if raw is not None
            else (doc_id if doc_id else _hash_id(src, text))
            for doc_id, raw, src, text in zip(ids, corrupt, sources, texts)
        ]
        records = saywho.extract_batch(texts, ids, scope=scope)
        for i, raw in enumerate(corrupt):
            if raw is not None:
                records[i] = saywho.error_record(
                    ids[i], "invalid_json", "Spark could not parse the line as a JSON object"
                )
        yield pa.RecordBatch.from_arrays(
            [pa.array(ids, pa.string()), pa.array(records, pa.string())],
            names=["id", "record"],
        )


def attribute(df, id_column="id", text_column="text", scope="speech"):
    """A DataFrame of (id, record) for a DataFrame with an id and a text column.
    Keeps a `_corrupt_record` column (from a PERMISSIVE JSON read) if present."""
    columns = [
        F.col(id_column).cast("string").alias("id"),
        F.col(text_column).alias("text"),
    ]
    if CORRUPT in df.columns:
        columns.append(F.col(CORRUPT))
        columns.append(F.input_file_name().alias("_source"))
    return df.select(*columns).mapInArrow(
        lambda batches: attribute_batches(batches, scope), OUTPUT_SCHEMA
    )


def read_jsonl(spark, path):
    """JSONL with id and text fields; a broken line keeps its raw text in
    `_corrupt_record` instead of failing the read."""
    return (
        spark.read.schema(f"id string, text string, {CORRUPT} string")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .json(path)
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="input path or glob")
    parser.add_argument("--output", required=True, help="output folder (JSONL parts)")
    parser.add_argument("--input-format", default="jsonl", choices=["jsonl", "parquet", "orc"])
    parser.add_argument("--id-column", default="id")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--scope", default="speech", choices=["speech", "all"])
    parser.add_argument("--partitions", type=int, default=0, help="repartition to N")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("saywho-arrow").getOrCreate()
    if args.input_format == "jsonl":
        df = read_jsonl(spark, args.input)
    else:
        df = spark.read.format(args.input_format).load(args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    out = attribute(df, args.id_column, args.text_column, args.scope)
    started = time.perf_counter()
    out.select("record").write.mode("overwrite").text(args.output)
    print(f"saywho-arrow: job ran in {time.perf_counter() - started:.3f} s")
    spark.stop()


if __name__ == "__main__":
    main()
