"""The importable pipeline: inputs -> records. load -> analyse (spaCy) -> extract, one story at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from wireclaims.errors import InputError
from wireclaims.extract import extract
from wireclaims.inputs import DEFAULT_MAX_BYTES, InputItem
from wireclaims.loaders import load
from wireclaims.models import ArticleResult, ErrorArticle, ErrorDetail, ErrorRecord, Record
from wireclaims.nlp import Pipeline, load_pipeline
from wireclaims.story import Story

BATCH = 16


@dataclass(frozen=True)
class ExtractOptions:
    """Everything `wireclaims extract` was asked for, built once from the command line."""

    model: str | None = None
    input_format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    fail_fast: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def analyse_story(story: Story, item: InputItem, pipeline: Pipeline) -> ArticleResult:
    """Run the pipeline and the extractor over one loaded story."""
    return _result(story, item, pipeline, pipeline.nlp(story.text))


def _result(story: Story, item: InputItem, pipeline: Pipeline, doc: object) -> ArticleResult:
    article = story.to_article(item.id, item.path)
    paragraphs = [(p.start, p.text) for p in article.paragraphs]
    found = extract(doc, paragraphs, pipeline.has_parser)  # type: ignore[arg-type]
    return ArticleResult(
        article=article,
        speakers=found.speakers,
        quotes=found.quotes,
        claims=found.claims,
        warnings=[*story.warnings, *found.warnings],
    )


def error_record(item: InputItem, exc: InputError, fmt: str | None = None) -> ErrorRecord:
    """The record a failed input yields."""
    return ErrorRecord(
        article=ErrorArticle(id=item.id, path=item.path, format=fmt),
        error=ErrorDetail(code=exc.code, message=str(exc)),
    )


def run(items: Iterable[InputItem], options: ExtractOptions) -> Iterator[Record]:
    """One record per input, in input order; stories are parsed in small batches with `nlp.pipe`.

    Raises:
        ModelError: the pipeline cannot be loaded.
    """
    pipeline = load_pipeline(options.model)
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, BATCH))
        if not chunk:
            return
        loaded: list[Story | ErrorRecord] = []
        for item in chunk:
            try:
                loaded.append(load(item.read(options.max_bytes), item.path, options.input_format))
            except InputError as exc:
                loaded.append(error_record(item, exc))
        stories = [s for s in loaded if isinstance(s, Story)]
        docs = iter(pipeline.nlp.pipe(s.text for s in stories))
        for item, entry in zip(chunk, loaded, strict=True):
            yield entry if isinstance(entry, ErrorRecord) else _result(entry, item, pipeline, next(docs))
