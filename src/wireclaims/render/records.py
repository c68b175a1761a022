"""Records for `show` and `report`: read back from wireclaims output, or extracted from stories.

An input is wireclaims output when its content says so: JSON Lines, a JSON object or a JSON array whose
objects have an "article" key and "quotes" (a result) or "error" (an error record). Anything else is a story,
and goes through `run.batch.run` like `wireclaims extract`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pydantic import TypeAdapter, ValidationError

from wireclaims.errors import InputError, ParseError, TooLarge
from wireclaims.inputs import DEFAULT_MAX_BYTES, STDIN, InputItem, iter_inputs
from wireclaims.models import ErrorArticle, ErrorDetail, ErrorRecord, Record

if TYPE_CHECKING:
    from wireclaims.run.batch import ExtractOptions

OUTPUT_FORMAT = "wireclaims-json"
# A JSON object or array of records is parsed whole, so it has a limit; JSON Lines are read line by line.
JSON_MAX_BYTES = 500_000_000
_SNIFF = 65_536  # enough of the first line to tell JSON from a story
_BLANK = b"\xef\xbb\xbf \t\r\n"  # BOM and white space before the first character
_RECORD: TypeAdapter[Record] = TypeAdapter(Record)


@dataclass(frozen=True)
class SourceOptions:
    """What `show` and `report` were asked for, built once from the command line.

    The pipeline's `ExtractOptions` are made from it only when a story needs extracting: importing the
    pipeline imports spaCy (about 2 s), which reading a JSON result does not need.
    """

    model: str | None = None
    jobs: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES

    def extract_options(self) -> ExtractOptions:
        """The options `run.batch.run` takes."""
        from wireclaims.run.batch import ExtractOptions

        return ExtractOptions(model=self.model, jobs=self.jobs, max_bytes=self.max_bytes)


@dataclass(frozen=True)
class _Buffered(InputItem):
    """stdin, already read to look at its content: a story on stdin is handed to the pipeline as bytes."""

    data: bytes = b""

    def read(self, max_bytes: int) -> bytes:
        if len(self.data) > max_bytes:
            raise TooLarge(f"the input is over the limit of {max_bytes} bytes")
        return self.data


def iter_records(
    paths: Iterable[str], options: SourceOptions, skip: Collection[Path] = ()
) -> Iterator[Record]:
    """One or more records per input, in input order.

    Stories next to each other are extracted together (in batches, with `options.jobs` workers).

    Args:
        skip: files to leave out of folders and arguments, e.g. the report being written: an HTML
            file in a folder of stories is a story, and yesterday's report would become one.

    Raises:
        UnreadableInput: a path that does not exist (before any record is yielded).
        ModelError: a story needs the pipeline and it cannot be loaded.
    """
    skipped = {path.resolve() for path in skip}
    items = [
        i
        for i in iter_inputs(list(paths))
        if i.path == STDIN or Path(i.source or i.path).resolve() not in skipped
    ]
    stories: list[InputItem] = []
    for item in items:
        try:
            found = _read_output(item, options.max_bytes)
        except InputError as exc:
            yield from _extract(stories, options)
            stories = []
            yield _error(item, exc.code, str(exc))
            continue
        if isinstance(found, InputItem):
            stories.append(found)
        else:
            yield from _extract(stories, options)
            stories = []
            yield from found
    yield from _extract(stories, options)


def _extract(stories: list[InputItem], options: SourceOptions) -> Iterator[Record]:
    if not stories:
        return
    from wireclaims.run.batch import run

    records = run(stories, options.extract_options())
    try:
        yield from records
    finally:
        records.close()  # stop worker processes when the caller stops early


def _read_output(item: InputItem, max_bytes: int) -> Iterator[Record] | InputItem:
    """The records of an output file, read lazily; or, for a story, the item to extract (for stdin, with
    the bytes already read).

    Raises:
        InputError: the input cannot be read.
    """
    if item.path == STDIN:
        found = read_records(sys.stdin.buffer, item)
        if not isinstance(found, bytes):
            return found
        rest = sys.stdin.buffer.read(max(0, max_bytes + 1 - len(found)))
        return _Buffered(item.path, item.id, item.relative, found + rest)
    handle = item.open()  # a FIFO or device is an error, never opened; closed by `_closing` or below
    found = read_records(handle, item)
    if isinstance(found, bytes):
        handle.close()
        return item  # the pipeline reads it again, under its --max-bytes
    return _closing(found, handle)


def _closing(records: Iterator[Record], handle: IO[bytes]) -> Iterator[Record]:
    with handle:
        yield from records


def read_records(handle: IO[bytes], item: InputItem, limit: int = JSON_MAX_BYTES) -> Iterator[Record] | bytes:
    """Records from wireclaims output; for anything else, the bytes read to find out (a story's start).

    JSON Lines are read a line at a time, whatever their size; a JSON object or array is parsed whole, up to
    `limit` bytes. A line or object that looks like a record but does not validate becomes a `parse-error`
    record, so that nothing is lost silently.
    """
    first = handle.readline(_SNIFF)
    if not first.lstrip(_BLANK).startswith((b"{", b"[")):
        return first
    if not first.endswith(b"\n"):
        first += handle.readline(limit)
    if looks_like_record(_loads(first)):
        return _lines(first, handle, item)
    whole = first + handle.read(max(0, limit + 1 - len(first)))
    data = _loads(whole) if len(whole) <= limit else None
    if looks_like_record(data):
        return iter([_validated(data, item, item.id)])
    if isinstance(data, list) and all(looks_like_record(entry) for entry in data):
        return (_validated(entry, item, f"{item.id}#{n}") for n, entry in enumerate(data, 1))
    return whole  # a ninjs story, say, or malformed JSON: the loader reports it


def _loads(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def looks_like_record(data: Any) -> bool:
    """Whether parsed JSON is shaped like a wireclaims record: "article" with "quotes" or "error"."""
    return isinstance(data, dict) and "article" in data and ("quotes" in data or "error" in data)


def _lines(first: bytes, handle: IO[bytes], item: InputItem) -> Iterator[Record]:
    for number, raw in enumerate(_chain(first, handle), 1):
        if not raw.strip():
            continue
        where = f"{item.id}#{number}"
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield _error(item, ParseError.code, f"line {number} is not JSON: {exc}", where, OUTPUT_FORMAT)
            continue
        yield _validated(data, item, where)


def _chain(first: bytes, handle: IO[bytes]) -> Iterator[bytes]:
    yield first
    yield from handle


def _validated(data: Any, item: InputItem, where: str) -> Record:
    try:
        return _RECORD.validate_python(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        place = ".".join(str(part) for part in problem["loc"])
        message = f"not a wireclaims record: {place}: {problem['msg']}"
        return _error(item, ParseError.code, message, where, OUTPUT_FORMAT)


def _error(
    item: InputItem, code: str, message: str, where: str | None = None, fmt: str | None = None
) -> ErrorRecord:
    """The error record of an input, or of one entry (`where`: 'file#line') of an output file."""
    return ErrorRecord(
        article=ErrorArticle(id=where or item.id, path=item.path, format=fmt),
        error=ErrorDetail(code=code, message=message),
    )
