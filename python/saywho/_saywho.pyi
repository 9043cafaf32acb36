from typing import Any, Iterable, Literal, Optional, Union

SCHEMA: int

def extract(
    text: str, id: str = "", *, scope: Literal["speech", "all"] = "speech"
) -> dict[str, Any]: ...
def extract_batch(
    texts: Iterable[Optional[str]],
    ids: Optional[Iterable[Union[str, int, None]]] = None,
    *,
    scope: Literal["speech", "all"] = "speech",
) -> list[str]: ...
def error_record(id: str, kind: str, message: str) -> str: ...
