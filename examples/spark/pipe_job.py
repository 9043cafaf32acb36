"""Attribute quotes on Spark by piping each partition through the saywho binary.

No Python code of ours runs on the cluster: the job ships the `saywho`
binary with `SparkContext.addFile`, and every task streams its partition's
JSON lines through `saywho extract --input jsonl -`, which writes one JSON
line out per line in, each with its document id. A line that is not a
document (broken JSON, no text, invalid UTF-8) comes back as an error record
`{"schema": 1, "id": ..., "error": {...}}`: record errors stay data, and only
a fatal failure of the binary (exit status 2 or a signal) fails the task.

    spark-submit --master yarn examples/spark/pipe_job.py \\
        --binary target/release/saywho --input 'news/*.jsonl' --output out/

Input: JSONL with `id` and `text` fields (`--input-format jsonl`, passed
through byte for byte), or any DataFrame source with an id and a text column
(`--input-format parquet|orc|json`, `--id-column`, `--text-column`), turned
into JSON lines by Spark. Output: JSONL part files, one record per document.

The binary must be built for the executors' platform (for Linux x86-64
clusters: `cargo build --release --target x86_64-unknown-linux-musl` gives
one static file that runs on any distribution).

Why not `RDD.pipe`: PySpark's `RDD.pipe` fixes the command (and so the
binary's path) on the driver, starts it with an empty environment, and either
ignores the exit status or fails the task on any non-zero status, while
saywho exits 1 whenever some documents gave error records. `pipe_partition`
below is the same mechanism (a writer thread feeding stdin, stdout read line
by line) with the path resolved on the executor and exit 1 accepted.
"""

import argparse
import os
import subprocess
import threading
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

# saywho's exit statuses: 0 every document analysed, 1 some gave error records.
OK_STATUSES = (0, 1)


def pipe_partition(lines, binary_name="saywho", extra_args=()):
    """Stream one partition (an iterator of bytes or str JSON lines) through
    the shipped binary; yield its output lines (str, no newline), in order."""
    binary = SparkFiles.get(binary_name)
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    command = [binary, "extract", "--input", "jsonl", "--quiet", *extra_args, "-"]
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    failure = []

    def feed():
        try:
            for line in lines:
                if isinstance(line, str):
                    line = line.encode("utf-8")
                proc.stdin.write(line.rstrip(b"\r\n") + b"\n")
        except BrokenPipeError:
            pass  # the binary stopped early: its exit status tells why
        except BaseException as e:  # an error reading the input partition
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    for out in proc.stdout:
        yield out.rstrip(b"\n").decode("utf-8")
    writer.join()
    status = proc.wait()
    if failure:
        raise failure[0]
    if status not in OK_STATUSES:
        raise RuntimeError(f"{' '.join(command)} exited with status {status}")


def dataframe_lines(df, id_column, text_column):
    """The JSON lines `{"id": ..., "text": ...}` of a DataFrame's two columns."""
    record = F.struct(
        F.col(id_column).cast("string").alias("id"), F.col(text_column).alias("text")
    )
    return df.select(F.to_json(record).alias("line")).rdd.map(lambda row: row.line)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the saywho binary to ship")
    parser.add_argument("--input", required=True, help="input path or glob")
    parser.add_argument("--output", required=True, help="output folder (JSONL parts)")
    parser.add_argument(
        "--input-format", default="jsonl", choices=["jsonl", "parquet", "orc", "json"]
    )
    parser.add_argument("--id-column", default="id")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--partitions", type=int, default=0, help="repartition to N")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("saywho-pipe").getOrCreate()
    sc = spark.sparkContext
    sc.addFile(os.path.abspath(args.binary))
    binary_name = os.path.basename(args.binary)

    if args.input_format == "jsonl":
        # Raw bytes: the binary sees each line exactly as stored, and reports
        # invalid UTF-8 itself instead of the task failing to decode it.
        lines = sc.textFile(args.input, use_unicode=False)
    else:
        df = spark.read.format(args.input_format).load(args.input)
        lines = dataframe_lines(df, args.id_column, args.text_column)
    if args.partitions:
        lines = lines.repartition(args.partitions)

    # One worker thread per core the task holds (spark.task.cpus, default 1).
    threads = ("--threads", sc.getConf().get("spark.task.cpus", "1"))
    records = lines.mapPartitions(lambda part: pipe_partition(part, binary_name, threads))
    started = time.perf_counter()
    records.saveAsTextFile(args.output)
    print(f"saywho-pipe: job ran in {time.perf_counter() - started:.3f} s")
    spark.stop()


if __name__ == "__main__":
    main()
