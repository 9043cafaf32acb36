"""Who said what, in what role: quotation and attribution extraction from news text.

>>> import saywho
>>> record = saywho.extract('"We will appeal," said Mayor Lena Ortiz.', id="a1")
>>> record["id"], record["schema"]
('a1', 1)

``extract(text, id="", *, scope="speech") -> dict`` analyses one document;
``extract_batch(texts, ids=None, *, scope="speech") -> list[str]`` analyses
many and returns one JSON line each, byte for byte what ``saywho extract``
writes for the same id and text. Both release the GIL while the engine runs.
A document never raises: what cannot be analysed gives an error record
``{"schema": 1, "id": ..., "error": {"kind": ..., "message": ...}}``;
``error_record(id, kind, message) -> str`` writes one for input the caller
could not read at all (a corrupt JSON line).
"""

from importlib.metadata import PackageNotFoundError, version

from ._saywho import SCHEMA, error_record, extract, extract_batch

try:
    __version__ = version("saywho")
except PackageNotFoundError:  # imported from a source tree, not installed
    __version__ = "0+unknown"

__all__ = ["SCHEMA", "error_record", "extract", "extract_batch", "__version__"]
