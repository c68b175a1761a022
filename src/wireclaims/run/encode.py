"""The last stage of one story: its record as JSON, or the error record that takes its place."""

from __future__ import annotations

from pathlib import Path

from wireclaims.inputs import InputItem
from wireclaims.models import Record
from wireclaims.options import ExtractOptions
from wireclaims.run.failures import error_record, failure
from wireclaims.write.files import to_json


def serialise(record: Record, pretty: bool = False, debug: bool = False) -> tuple[Record, str]:
    """The record's JSON (`write.files.to_json`), or, when it cannot be written, the `internal-error` record
    that takes its place and that JSON: the last stage of one story must not end the batch either."""
    try:
        return record, to_json(record, pretty)
    except Exception as exc:  # noqa: BLE001 - becomes this story's error record
        # the id and path may be what failed: keep them in a form that always encodes
        article = record.article
        item = InputItem(_encodable(article.path), _encodable(article.id), Path("unused"))
        failed = error_record(item, failure(exc, ExtractOptions(debug=debug)), article.format)
        return failed, to_json(failed, pretty)


def _encodable(text: str) -> str:
    """`text` with anything UTF-8 cannot encode (lone surrogates) written as a backslash escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")
