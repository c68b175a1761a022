"""One loaded story -> its record: the pipeline's Doc of its text through the extractors.

A story in another language than the rules' gets its record without extraction (`loaders.language`)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from wireclaims import __version__
from wireclaims.extract import Extraction, extract
from wireclaims.extract.quotes import QuoteFinding
from wireclaims.inputs import InputItem
from wireclaims.loaders.language import not_analysed
from wireclaims.models import ArticleResult, Provenance
from wireclaims.nlp import Pipeline, parse_all
from wireclaims.story import Story

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    return story_result(story, item, pipeline, doc, None)


def story_result(
    story: Story, item: InputItem, pipeline: Pipeline, doc: object, provenance: Provenance | None
) -> ArticleResult:
    """The record of one loaded story from its Doc, with the provenance of its input (`provenance`)."""
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


def provenance(data: bytes, pipeline: Pipeline) -> Provenance:
    """What `--resume` compares: the input's content, the pipeline and the wireclaims version."""
    return Provenance(
        input_sha256=hashlib.sha256(data).hexdigest(), pipeline=pipeline.name, wireclaims=__version__
    )
