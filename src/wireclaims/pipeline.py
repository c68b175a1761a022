"""The importable pipeline: inputs -> records. load -> analyse (spaCy) -> extract, one story at a time."""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from pydantic import ValidationError

from wireclaims import __version__
from wireclaims.errors import InputError, InternalError
from wireclaims.extract import extract
from wireclaims.inputs import DEFAULT_MAX_BYTES, STDIN, InputItem
from wireclaims.loaders import load
from wireclaims.models import ArticleResult, ErrorArticle, ErrorDetail, ErrorRecord, Provenance, Record
from wireclaims.nlp import Pipeline, load_pipeline
from wireclaims.story import Story

BATCH = 16


@dataclass(frozen=True)
class ExtractOptions:
    """Everything `wireclaims extract` was asked for, built once from the command line.

    Attributes:
        jobs: worker processes; 1 analyses in this process.
    """

    model: str | None = None
    input_format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    fail_fast: bool = False
    jobs: int = 1
    extra: dict[str, str] = field(default_factory=dict)


def analyse_story(story: Story, item: InputItem, pipeline: Pipeline) -> ArticleResult:
    """Run the pipeline and the extractor over one loaded story."""
    return _result(story, item, pipeline, pipeline.nlp(story.text), None)


def _result(
    story: Story, item: InputItem, pipeline: Pipeline, doc: object, provenance: Provenance | None
) -> ArticleResult:
    article = story.to_article(item.id, item.path)
    paragraphs = [(p.start, p.text) for p in article.paragraphs]
    found = extract(doc, paragraphs, pipeline.has_parser)  # type: ignore[arg-type]
    return ArticleResult(
        article=article,
        speakers=found.speakers,
        quotes=found.quotes,
        claims=found.claims,
        warnings=[*story.warnings, *found.warnings],
        provenance=provenance,
    )


def _guarded_result(
    story: Story, item: InputItem, pipeline: Pipeline, doc: object, origin: Provenance
) -> ArticleResult | ErrorRecord:
    """`_result`, except that a bug met on one story becomes that story's `internal-error` record.

    The batch must not lose the other stories to one story's bug; the record names the exception and where
    it was raised, and the exit code reports the failure, so the bug is not hidden.
    """
    try:
        return _result(story, item, pipeline, doc, origin)
    except Exception as exc:  # noqa: BLE001 - turned into a visible error record, never swallowed
        where = traceback.extract_tb(exc.__traceback__)[-1]
        place = f"{Path(where.filename).name}:{where.lineno}"
        message = f"a bug in wireclaims ({type(exc).__name__}: {exc} at {place}); please report it"
        return error_record(item, InternalError(message), story.format, origin)


def error_record(
    item: InputItem,
    exc: InputError | InternalError,
    fmt: str | None = None,
    provenance: Provenance | None = None,
) -> ErrorRecord:
    """The record a failed input yields."""
    return ErrorRecord(
        article=ErrorArticle(id=item.id, path=item.path, format=fmt),
        error=ErrorDetail(code=exc.code, message=str(exc)),
        provenance=provenance,
    )


def provenance(data: bytes, pipeline: Pipeline) -> Provenance:
    """What `--resume` compares: the input's content, the pipeline and the wireclaims version."""
    return Provenance(
        input_sha256=hashlib.sha256(data).hexdigest(), pipeline=pipeline.name, wireclaims=__version__
    )


def run(items: Sequence[InputItem], options: ExtractOptions) -> Generator[Record, None, None]:
    """One record per input, in input order; stories are parsed in small batches with `nlp.pipe`.

    With `options.jobs` > 1 the batches go to worker processes (`wireclaims.parallel`); the records are
    the same. Close the iterator when stopping early, so that workers stop too.

    Raises:
        ModelError: the pipeline cannot be loaded.
        WorkerFailed: a worker raised an exception (a bug) or could not load the pipeline.
    """
    # A worker costs a pipeline load (1-2 s): a handful of stories is faster here. stdin can only be read
    # by this process.
    jobs = min(options.jobs, -(-len(items) // BATCH))
    if jobs > 1 and not any(item.path == STDIN for item in items):
        from wireclaims.parallel import run_parallel  # parallel imports this module

        return run_parallel(items, replace(options, jobs=jobs))
    return run_here(items, options)


def run_here(items: Iterable[InputItem], options: ExtractOptions) -> Generator[Record, None, None]:
    """`run` in this process, whatever `options.jobs` says.

    Raises:
        ModelError: the pipeline cannot be loaded.
    """
    pipeline = load_pipeline(options.model)
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, BATCH))
        if not chunk:
            return
        loaded: list[tuple[Story, Provenance] | ErrorRecord] = []
        for item in chunk:
            try:
                data = item.read(options.max_bytes)
            except InputError as exc:
                loaded.append(error_record(item, exc))
                continue
            origin = provenance(data, pipeline)
            try:
                loaded.append((load(data, item.path, options.input_format), origin))
            except InputError as exc:
                loaded.append(error_record(item, exc, provenance=origin))
        stories = [entry[0] for entry in loaded if isinstance(entry, tuple)]
        docs = iter(pipeline.nlp.pipe(s.text for s in stories))
        for item, entry in zip(chunk, loaded, strict=True):
            if isinstance(entry, ErrorRecord):
                yield entry
            else:
                yield _guarded_result(entry[0], item, pipeline, next(docs), entry[1])


def completed(output: Path, item: InputItem, pipeline: Pipeline, max_bytes: int) -> bool:
    """Whether `output` holds a whole result made from this input's current bytes by this pipeline.

    Error records never count: `--resume` retries them (they are cheap, and a crash may not recur).
    """
    if item.path == STDIN:  # reading it to compare would consume it
        return False
    try:
        record = ArticleResult.model_validate_json(output.read_bytes())
        data = item.read(max_bytes)
    except (OSError, ValidationError, InputError):
        return False
    return record.provenance == provenance(data, pipeline)


def remove_partial_writes(outputs: Iterable[Path]) -> int:
    """Delete the temporary files a killed run left beside these outputs; how many went.

    They are `writer.write_atomic`'s: `.<name>.<random>.tmp` in the output's folder.
    """
    wanted: dict[Path, set[str]] = {}
    for output in outputs:
        wanted.setdefault(output.parent, set()).add(output.name)
    removed = 0
    for folder, names in wanted.items():
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            name = entry.name
            if name.startswith(".") and name.endswith(".tmp") and name[1:-4].rpartition(".")[0] in names:
                entry.unlink(missing_ok=True)
                removed += 1
    return removed
