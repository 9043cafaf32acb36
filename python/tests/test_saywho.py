"""Tests of the saywho Python package against the CLI's JSON contract.

Run with the wheel installed (scripts/spark-test does both):

    pytest python/tests

The comparisons with the CLI need the binary: $SAYWHO_BIN, else
target/release/saywho, else target/debug/saywho.
"""

import json
import os
import subprocess
import threading
from pathlib import Path

import pytest

import saywho

ROOT = Path(__file__).resolve().parents[2]

# Texts written for these tests: straight and curly marks, a split quote,
# reported speech, non-ASCII names (so byte and char offsets differ), an
# unclosed quote, a text with no quote, and an empty one.
TEXTS = {
    "straight": '"We will appeal the ruling," said Mayor Lena Ortiz on Tuesday.',
    "curly": "“The bridge is safe,” Ortiz told reporters. “We checked it twice.”",
    "split": "“The budget,” said council member José Ibáñez, “is not a wish list.”",
    "reported": "Harbour master Ødegård said that the port would reopen in March.",
    "unclosed": "The ferry captain said: “Nobody leaves before the storm passes.",
    "plain": "The council met on Monday and adjourned early.",
    "empty": "",
}


def saywho_bin():
    env = os.environ.get("SAYWHO_BIN")
    candidates = [Path(env)] if env else []
    candidates += [ROOT / "target" / "release" / "saywho", ROOT / "target" / "debug" / "saywho"]
    for path in candidates:
        if path.is_file():
            return path
    pytest.fail(
        "no saywho binary: build it (cargo build --release) or set SAYWHO_BIN",
        pytrace=False,
    )


def cli_lines(tmp_path, docs):
    """What `saywho extract` writes for {id: text}, one .txt file per document."""
    paths = []
    for doc_id, text in docs.items():
        path = tmp_path / f"{doc_id}.txt"
        path.write_bytes(text.encode("utf-8"))
        paths.append(str(path))
    run = subprocess.run(
        [str(saywho_bin()), "extract", *paths],
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    return sorted(run.stdout.decode("utf-8").splitlines())


def spans(record):
    """Every span object in a document record."""
    for quote in record["quotes"]:
        yield quote["content"]
        yield from quote["content"]["parts"]
        if quote["cue"] is not None:
            yield quote["cue"]
        if quote["speaker"] is not None:
            yield quote["speaker"]["mention"]
    for entity in record["entities"]:
        yield from entity["mentions"]
    for diagnostic in record["diagnostics"]:
        yield diagnostic["span"]


def test_batch_is_byte_for_byte_the_cli_output(tmp_path):
    ids = list(TEXTS)
    lines = saywho.extract_batch([TEXTS[i] for i in ids], ids=ids)
    assert sorted(lines) == cli_lines(tmp_path, TEXTS)


def test_corpus_matches_the_cli(tmp_path):
    files = sorted((ROOT / "corpus").rglob("*.txt"))
    docs = {}
    for path in files:
        text = path.read_bytes().decode("utf-8")
        # The CLI skips a UTF-8 byte-order mark; corpus files have none.
        assert not text.startswith("\ufeff"), path
        docs.setdefault(path.stem, text)
    docs = docs or TEXTS
    lines = saywho.extract_batch(list(docs.values()), ids=list(docs))
    assert sorted(lines) == cli_lines(tmp_path, docs)


def test_extract_returns_the_record_of_extract_batch():
    for doc_id, text in TEXTS.items():
        [line] = saywho.extract_batch([text], ids=[doc_id])
        assert saywho.extract(text, id=doc_id) == json.loads(line)


def test_record_shape_and_ids():
    record = saywho.extract(TEXTS["straight"], id="a-1")
    assert record["schema"] == saywho.SCHEMA == 1
    assert record["id"] == "a-1"
    assert set(record) == {"schema", "id", "quotes", "entities", "diagnostics"}
    assert saywho.extract("no quotes here")["id"] == ""


def test_finds_the_speaker_of_a_plain_quote():
    record = saywho.extract(TEXTS["straight"])
    speakers = [q["speaker"]["name"] for q in record["quotes"] if q["speaker"]]
    assert "Lena Ortiz" in speakers, record


def test_every_span_is_the_slice_it_claims():
    for text in TEXTS.values():
        record = saywho.extract(text)
        raw = text.encode("utf-8")
        for span in spans(record):
            b0, b1 = span["byte"]
            c0, c1 = span["char"]
            assert raw[b0:b1].decode("utf-8") == span["text"]
            assert text[c0:c1] == span["text"]


def test_char_offsets_differ_from_byte_offsets_after_non_ascii():
    record = saywho.extract(TEXTS["split"])
    after = [s for s in spans(record) if s["char"][0] > TEXTS["split"].index("é")]
    assert after, record
    assert all(s["byte"][0] > s["char"][0] for s in after)


def test_bad_items_give_error_records_and_the_batch_goes_on():
    texts = [TEXTS["straight"], None, 42, "lone \ud800 surrogate", TEXTS["curly"]]
    lines = saywho.extract_batch(texts, ids=["ok1", "none", "int", "surrogate", "ok2"])
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == ["ok1", "none", "int", "surrogate", "ok2"]
    kinds = [r["error"]["kind"] if "error" in r else None for r in records]
    assert kinds == [None, "missing_field", "invalid_field", "invalid_utf8", None]
    for r in records:
        if "error" in r:
            assert set(r) == {"schema", "id", "error"}
            assert r["schema"] == 1 and r["error"]["message"]
    assert records[0] == saywho.extract(TEXTS["straight"], id="ok1")


def test_ids_default_to_positions_and_accept_ints():
    lines = saywho.extract_batch(["a", "b", "c"])
    assert [json.loads(line)["id"] for line in lines] == ["0", "1", "2"]
    lines = saywho.extract_batch(["a", "b", "c"], ids=[10, None, "x"])
    assert [json.loads(line)["id"] for line in lines] == ["10", "1", "x"]


def test_any_iterable_of_texts():
    from_list = saywho.extract_batch(list(TEXTS.values()), ids=list(TEXTS))
    from_generator = saywho.extract_batch((t for t in TEXTS.values()), ids=iter(TEXTS))
    assert from_generator == from_list
    assert saywho.extract_batch([]) == []


def test_a_record_does_not_depend_on_its_batch():
    ids = list(TEXTS)
    together = saywho.extract_batch([TEXTS[i] for i in ids], ids=ids)
    alone = [saywho.extract_batch([TEXTS[i]], ids=[i])[0] for i in ids]
    assert together == alone
    assert together == saywho.extract_batch([TEXTS[i] for i in ids], ids=ids)


def test_argument_errors_raise():
    with pytest.raises(ValueError, match="ids"):
        saywho.extract_batch(["a", "b"], ids=["only-one"])
    with pytest.raises(ValueError, match="scope"):
        saywho.extract_batch(["a"], scope="everything")
    with pytest.raises(TypeError):
        saywho.extract_batch(["a"], ids=[1.5])
    with pytest.raises(TypeError):
        saywho.extract(None)
    with pytest.raises(TypeError):
        saywho.extract_batch(7)


def test_scope_all_is_a_superset_of_speech():
    text = TEXTS["reported"] + " The mayor believes the plan will work."
    speech = saywho.extract(text, scope="speech")["quotes"]
    everything = saywho.extract(text, scope="all")["quotes"]
    contents = {q["content"]["byte"][0] for q in everything}
    assert {q["content"]["byte"][0] for q in speech} <= contents


def test_threads_share_the_module():
    ids = list(TEXTS)
    expected = saywho.extract_batch([TEXTS[i] for i in ids], ids=ids)
    results = [None] * 4

    def work(slot):
        results[slot] = saywho.extract_batch([TEXTS[i] for i in ids], ids=ids)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_error_record_has_the_contract_shape():
    line = saywho.error_record("feed.jsonl:3", "invalid_json", 'bad "quote"\n')
    assert "\n" not in line
    assert json.loads(line) == {
        "schema": saywho.SCHEMA,
        "id": "feed.jsonl:3",
        "error": {"kind": "invalid_json", "message": 'bad "quote"\n'},
    }
    [from_batch] = saywho.extract_batch([None], ids=["x"])
    assert json.loads(from_batch)["error"]["kind"] == "missing_field"
    assert list(json.loads(from_batch)) == list(json.loads(saywho.error_record("x", "k", "m")))
