"""The importable pipeline: inputs -> records, in batches. load -> analyse (spaCy) -> extract, one story at
a time (`run.analyse`), every stage guarded so that one story's failure is its own error record.

An input may hold several stories (a feed file): each gets its own record, in document order."""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from wireclaims.inputs import STDIN, InputItem
from wireclaims.loaders import load_all
from wireclaims.models import ArticleResult, ErrorRecord, Provenance, Record
from wireclaims.nlp import Pipeline, load_pipeline, parse_all
from wireclaims.options import BATCH as BATCH
from wireclaims.options import ExtractOptions as ExtractOptions
from wireclaims.run.analyse import provenance, story_result

# `as`: importable from here as before (tests and scripts name them through this module)
from wireclaims.run.failures import error_record as error_record
from wireclaims.run.failures import failure as failure
from wireclaims.run.guard import Expired, deadline
from wireclaims.story import Story

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def _guarded_result(
    story: Story,
    item: InputItem,
    pipeline: Pipeline,
    doc: object,
    origin: Provenance,
    options: ExtractOptions,
) -> ArticleResult | ErrorRecord:
    """`story_result`, except that whatever goes wrong on one story becomes its error record (`failure`)."""
    try:
        with deadline(options.timeout):
            return story_result(story, item, pipeline, doc, origin)
    except (Exception, Expired) as exc:  # noqa: BLE001 - a visible error record, never swallowed
        return error_record(item, failure(exc, options), story.format, origin)


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
