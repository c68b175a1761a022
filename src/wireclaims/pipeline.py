"""The importable pipeline: inputs -> records. load -> analyse (spaCy) -> extract, one story at a time.

An input may hold several stories (a feed file): each gets its own record, in document order."""

from __future__ import annotations

import hashlib
import re
import traceback
from collections.abc import Generator, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from pydantic import ValidationError

from wireclaims import __version__
from wireclaims.errors import InputError, InternalError, Withheld
from wireclaims.extract import extract
from wireclaims.extract.headline import headline_claims
from wireclaims.inputs import DEFAULT_MAX_BYTES, ITEM_MARK, STDIN, InputItem
from wireclaims.loaders import load_all
from wireclaims.models import ArticleResult, ErrorArticle, ErrorDetail, ErrorRecord, Provenance, Record
from wireclaims.nlp import Pipeline, load_pipeline
from wireclaims.story import Story
from wireclaims.writer import output_path

BATCH = 16
# The `-o DIR` name of one item's output, `<name>#<k>.json`, minus the item mark: `<name>.json`.
_ITEM_OUTPUT = re.compile(rf"{re.escape(ITEM_MARK)}\d+\.json$")


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
        headline_claims=headline_claims(article.headline, found.speakers),
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
    """One record per story, in input order: an input that holds several items gives one record per item.

    Close the iterator when stopping early, so that workers stop too.

    Raises:
        ModelError: the pipeline cannot be loaded.
        WorkerFailed: a worker raised an exception (a bug) or could not load the pipeline.
    """
    with closing(run_inputs(items, options)) as groups:
        for records in groups:
            yield from records


def run_inputs(items: Sequence[InputItem], options: ExtractOptions) -> Generator[list[Record], None, None]:
    """The records of each input, one list per input in input order: one record per story of the input, or
    one error record for an input that cannot be read. Stories are parsed in small batches with `nlp.pipe`.

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
    return run_inputs_here(items, options)


# A loaded story with the id it gets and its input's provenance, or the error record an item or input yields.
_Loaded = tuple[InputItem, Story, Provenance] | ErrorRecord


def run_inputs_here(
    items: Iterable[InputItem], options: ExtractOptions
) -> Generator[list[Record], None, None]:
    """`run_inputs` in this process, whatever `options.jobs` says.

    Raises:
        ModelError: the pipeline cannot be loaded.
    """
    pipeline = load_pipeline(options.model)
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, BATCH))
        if not chunk:
            return
        loaded = [_load(item, options, pipeline) for item in chunk]
        stories = [entry[1] for group in loaded for entry in group if isinstance(entry, tuple)]
        docs = iter(pipeline.nlp.pipe(s.text for s in stories))
        for group in loaded:
            yield [
                entry
                if isinstance(entry, ErrorRecord)
                else _guarded_result(entry[1], entry[0], pipeline, next(docs), entry[2])
                for entry in group
            ]


def _load(item: InputItem, options: ExtractOptions, pipeline: Pipeline) -> list[_Loaded]:
    """The stories of one input, each with its own id (`InputItem.parts`); an item that fails, or the whole
    input, becomes an error record in its place."""
    try:
        data = item.read(options.max_bytes)
    except InputError as exc:
        return [error_record(item, exc)]
    origin = provenance(data, pipeline)
    try:
        entries = load_all(data, item.path, options.input_format)
    except InputError as exc:
        return [error_record(item, exc, provenance=origin)]
    return [
        (part, entry, origin) if isinstance(entry, Story) else error_record(part, entry, provenance=origin)
        for part, entry in zip(item.parts(len(entries)), entries, strict=True)
    ]


def completed(out_dir: Path, item: InputItem, pipeline: Pipeline, options: ExtractOptions) -> bool:
    """Whether `out_dir` holds a whole result for every story of this input, made from the input's current
    bytes by this pipeline.

    Error records never count, `withheld` excepted: `--resume` retries them (they are cheap, and a crash may
    not recur). A withheld item is what the agency sent; the same bytes will say so again.
    """
    single, first = (output_path(out_dir, part.relative) for part in (item, item.parts(2)[0]))
    if item.path == STDIN or not (single.is_file() or first.is_file()):  # stdin: reading it would consume it
        return False
    try:
        data = item.read(options.max_bytes)
    except InputError:
        return False
    origin = provenance(data, pipeline)
    # These bytes with this pipeline and version always give the same number of stories, and only a
    # single-story input writes a result under the input's own name: it needs no parsing to count them.
    if _current(single, origin):
        return True
    if not _current(first, origin):
        return False
    # Several stories: a killed run may have written only some, and only the input says how many there are.
    try:
        count = len(load_all(data, item.path, options.input_format))
    except InputError:
        return False
    return count > 1 and all(_current(output_path(out_dir, p.relative), origin) for p in item.parts(count))


def _current(output: Path, origin: Provenance) -> bool:
    """Whether `output` holds a whole result, or a `withheld` record, with this provenance."""
    try:
        data = output.read_bytes()
    except OSError:
        return False
    try:
        return ArticleResult.model_validate_json(data).provenance == origin
    except ValidationError:
        pass
    try:
        error = ErrorRecord.model_validate_json(data)
    except ValidationError:
        return False
    return error.error.code == Withheld.code and error.provenance == origin


def remove_partial_writes(outputs: Iterable[Path]) -> int:
    """Delete the temporary files a killed run left beside these outputs or their items' outputs; how many
    went.

    They are `writer.write_atomic`'s: `.<name>.<random>.tmp` in the output's folder; item k of an input
    writes `<input output name without .json>#k.json`.
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
            if not (name.startswith(".") and name.endswith(".tmp")):
                continue
            target = name[1:-4].rpartition(".")[0]
            if target in names or _ITEM_OUTPUT.sub(".json", target) in names:
                entry.unlink(missing_ok=True)
                removed += 1
    return removed
