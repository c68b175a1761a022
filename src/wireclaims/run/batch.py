"""The importable pipeline: inputs -> records. load -> analyse (spaCy) -> extract, one story at a time.

An input may hold several stories (a feed file): each gets its own record, in document order."""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from wireclaims import __version__
from wireclaims.errors import InputError, Withheld
from wireclaims.extract import Extraction, extract
from wireclaims.extract.quotes import QuoteFinding
from wireclaims.inputs import STDIN, InputItem
from wireclaims.loaders import load_all
from wireclaims.loaders.language import not_analysed
from wireclaims.models import ArticleResult, ErrorRecord, Provenance, Record
from wireclaims.nlp import Pipeline, load_pipeline, parse_all
from wireclaims.options import BATCH as BATCH
from wireclaims.options import ExtractOptions as ExtractOptions

# `as`: importable from here as before (tests and scripts name them through this module)
from wireclaims.run.failures import error_record as error_record
from wireclaims.run.failures import failure as failure
from wireclaims.run.guard import Expired, deadline
from wireclaims.story import Story
from wireclaims.write.files import output_path, to_json

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The `-o DIR` name of one item's output, `<name>#<k>.json`, minus the item mark: `<name>.json`.


def analyse_story(story: Story, item: InputItem, pipeline: Pipeline) -> ArticleResult:
    """Run the pipeline and the extractor over one loaded story."""
    return analyse_story_stages(story, item, pipeline)[0]


def analyse_story_stages(
    story: Story, item: InputItem, pipeline: Pipeline
) -> tuple[ArticleResult, list[QuoteFinding]]:
    """`analyse_story`, with each quote's attribution stages: its candidate sources and the one chosen, in
    the order of the record's `quotes` (for `wireclaims eval --stages`; not part of the record)."""
    doc = next(iter(parse_all(pipeline, [story.text])))
    result, found = _analysis(story, item, pipeline, doc, None)
    return result, found.findings


def analyse_doc(story: Story, item: InputItem, pipeline: Pipeline, doc: Doc) -> ArticleResult:
    """The record of one loaded story from the pipeline's Doc of its text (`nlp.parse_all`)."""
    return _result(story, item, pipeline, doc, None)


def _result(
    story: Story, item: InputItem, pipeline: Pipeline, doc: object, provenance: Provenance | None
) -> ArticleResult:
    return _analysis(story, item, pipeline, doc, provenance)[0]


def _analysis(
    story: Story, item: InputItem, pipeline: Pipeline, doc: object, provenance: Provenance | None
) -> tuple[ArticleResult, Extraction]:
    article = story.to_article(item.id, item.path)
    paragraphs = [(p.start, p.text) for p in article.paragraphs]
    other_language = not_analysed(story)  # the rules are English: another language gets its record only
    if other_language:
        found = Extraction(speakers=[], quotes=[], claims=[], warnings=[other_language])
    else:
        found = extract(doc, paragraphs, pipeline.has_parser, article.headline)  # type: ignore[arg-type]
    result = ArticleResult(
        article=article,
        speakers=found.speakers,
        quotes=found.quotes,
        claims=found.claims,
        headline_claims=found.headline_claims,
        warnings=[*story.warnings, *found.warnings],
        provenance=provenance,
    )
    return result, found


def _guarded_result(
    story: Story,
    item: InputItem,
    pipeline: Pipeline,
    doc: object,
    origin: Provenance,
    options: ExtractOptions,
) -> ArticleResult | ErrorRecord:
    """`_result`, except that whatever goes wrong on one story becomes its error record (`failure`)."""
    try:
        with deadline(options.timeout):
            return _result(story, item, pipeline, doc, origin)
    except (Exception, Expired) as exc:  # noqa: BLE001 - a visible error record, never swallowed
        return error_record(item, failure(exc, options), story.format, origin)


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

    With `options.jobs` > 1 the batches go to worker processes (`wireclaims.run.workers`); the records are
    the same. Close the iterator when stopping early, so that workers stop too.

    Raises:
        ModelError: the pipeline cannot be loaded.
        WorkerFailed: a worker raised an exception (a bug) or could not load the pipeline.
    """
    # A worker costs a pipeline load (1-2 s): a handful of stories is faster here. stdin can only be read
    # by this process.
    jobs = min(options.jobs, -(-len(items) // BATCH))
    if jobs > 1 and not any(item.path == STDIN for item in items):
        from wireclaims.run.workers import run_parallel  # imported here: it starts processes, seldom needed

        return run_parallel(items, replace(options, jobs=jobs), analyse_chunk)
    return run_inputs_here(items, options)


def analyse_chunk(items: list[InputItem], options: ExtractOptions) -> list[list[Record]]:
    """What a worker of `wireclaims.run.workers` does with one chunk: the in-process pipeline, run to the
    end."""
    return list(run_inputs_here(items, options))


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
        yield from analyse_inputs(chunk, options, pipeline)


def analyse_inputs(chunk: list[InputItem], options: ExtractOptions, pipeline: Pipeline) -> list[list[Record]]:
    """The records of each input of one batch, one list per input: nothing one input does can end the batch.

    Every stage is guarded story by story (reading and loading in `_load`, parsing in `_parse`, extraction in
    `_guarded_result`). Should anything still escape, the inputs go again one by one, so that only the
    culprit gets an error record.
    """
    try:
        return _analyse_batch(chunk, options, pipeline)
    except (Exception, Expired):  # noqa: BLE001 - narrowed to the culprit below, never swallowed
        return [_analyse_alone(item, options, pipeline) for item in chunk]


def _analyse_alone(item: InputItem, options: ExtractOptions, pipeline: Pipeline) -> list[Record]:
    try:
        return _analyse_batch([item], options, pipeline)[0]
    except (Exception, Expired) as exc:  # noqa: BLE001 - becomes this input's error record
        return [error_record(item, failure(exc, options))]


def _analyse_batch(chunk: list[InputItem], options: ExtractOptions, pipeline: Pipeline) -> list[list[Record]]:
    loaded = [_load(item, options, pipeline) for item in chunk]
    entries = [entry for group in loaded for entry in group if isinstance(entry, tuple)]
    docs = iter(_parse([entry[1].text for entry in entries], options, pipeline))
    records: list[list[Record]] = []
    for group in loaded:
        out: list[Record] = []
        for entry in group:
            if isinstance(entry, ErrorRecord):
                out.append(entry)
                continue
            part, story, origin = entry
            doc = next(docs)
            if isinstance(doc, BaseException):
                out.append(error_record(part, failure(doc, options), story.format, origin))
            else:
                out.append(_guarded_result(story, part, pipeline, doc, origin, options))
        records.append(out)
    return records


def _parse(texts: list[str], options: ExtractOptions, pipeline: Pipeline) -> list[Doc | BaseException]:
    """The parse of each text, batched with `nlp.pipe`; when the batch fails, each text alone, so that only
    the text at fault gets its exception in place of a Doc."""
    per_text = options.timeout
    try:
        with deadline(per_text * len(texts) if per_text else None):
            return list(parse_texts(pipeline, texts))
    except (Exception, Expired):  # noqa: BLE001 - retried one by one below
        pass
    docs: list[Doc | BaseException] = []
    for text in texts:
        try:
            with deadline(per_text):
                docs.extend(parse_texts(pipeline, [text]))
        except (Exception, Expired) as exc:  # noqa: BLE001 - that story's error record
            docs.append(exc)
    return docs


def parse_texts(pipeline: Pipeline, texts: list[str]) -> Iterator[Doc]:
    """The pipeline's Doc of each text, in order (long stories in windows: `wireclaims.nlp.parse_all`)."""
    return parse_all(pipeline, texts)


def _load(item: InputItem, options: ExtractOptions, pipeline: Pipeline) -> list[_Loaded]:
    """The stories of one input, each with its own id (`InputItem.parts`); an item that fails, or the whole
    input, becomes an error record in its place: whatever the exception."""
    origin: Provenance | None = None
    try:
        with deadline(options.timeout):
            data = item.read(options.max_bytes)
            origin = provenance(data, pipeline)
            entries = load_all(data, item.path, options.input_format)
            parts = item.parts(len(entries))
    except (Exception, Expired) as exc:  # noqa: BLE001 - this input's error record
        return [error_record(item, failure(exc, options), provenance=origin)]
    return [
        (part, entry, origin) if isinstance(entry, Story) else error_record(part, entry, provenance=origin)
        for part, entry in zip(parts, entries, strict=True)
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
