"""What a story gets when something goes wrong: the specific error, and the error record that carries it."""

from __future__ import annotations

import traceback
from pathlib import Path

from wireclaims.errors import (
    InputError,
    InternalError,
    MissingDependency,
    OutOfMemory,
    StoryTimeout,
    WireclaimsError,
)
from wireclaims.inputs import InputItem
from wireclaims.models import ErrorArticle, ErrorDetail, ErrorRecord, Provenance
from wireclaims.options import ExtractOptions
from wireclaims.run.guard import Expired

# The code of an input whose worker process died analysing it (`--jobs`, `--cluster`); no exception says so.
CRASHED = "crashed"


def failure(exc: BaseException, options: ExtractOptions) -> WireclaimsError:
    """The error a story gets for an exception met while reading, parsing or analysing it.

    The batch must not lose the other stories to one story's problem. A bug is not hidden: the record names
    the exception and where it was raised (the whole traceback with `--debug`), and the exit code reports it.
    """
    if isinstance(exc, WireclaimsError):
        return exc
    if isinstance(exc, Expired):
        return StoryTimeout(f"analysing this story took over {options.timeout:g} s (--timeout)")
    if isinstance(exc, MemoryError):
        return OutOfMemory(f"analysing this story needed over {options.max_memory} MB (--max-memory)")
    if isinstance(exc, ImportError):
        # a broken install, not a bad input: say which package, so the fix is one pip command
        missing = exc.name or "a package"
        detail = " ".join(str(exc).split())
        return MissingDependency(
            f"{missing} is missing or broken ({detail}); reinstall wireclaims with its dependencies"
        )
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    message = f"a bug in wireclaims ({type(exc).__name__}: {exc}{place}); please report it"
    if options.debug:
        message += "\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()
    return InternalError(message)


def error_record(
    item: InputItem,
    exc: WireclaimsError,
    fmt: str | None = None,
    provenance: Provenance | None = None,
) -> ErrorRecord:
    """The record a failed input yields."""
    return ErrorRecord(
        article=ErrorArticle(
            id=item.id, path=item.path, format=fmt or (exc.format if isinstance(exc, InputError) else None)
        ),
        error=ErrorDetail(code=exc.code, message=str(exc)),
        provenance=provenance,
    )


def crashed(item: InputItem, message: str) -> ErrorRecord:
    """The `crashed` record of an input whose worker process died; `message` says how and what to try."""
    return ErrorRecord(
        article=ErrorArticle(id=item.id, path=item.path), error=ErrorDetail(code=CRASHED, message=message)
    )
