"""Analytics tables: the JSON records as rows of four tables, `articles`, `speakers`, `quotes` and `claims`.

A pure function of one record, with no dependency beyond the models: the same rows feed the Parquet writer
(`wireclaims.write.parquet`) and the dask DataFrames (`wireclaims.run.distributed`). Each row is keyed by the
article id and the item's own id (`s1`, `q1`, `c1`), so tables join on `(article_id, speaker_id)`. Nested
values stay nested (lists and structs) rather than becoming JSON strings: the columns keep their types.

An error record is one `articles` row with `error_code` and `error_message` set and no rows elsewhere.
Headline claims stay in the JSON records only.
"""

from __future__ import annotations

from typing import Any

from wireclaims.models import ArticleResult, Claim, Cue, ErrorRecord, Quote, Record, Speaker, SpeakerRef

Row = dict[str, Any]

TABLES = ("articles", "speakers", "quotes", "claims")

# Every column of each table, in order (the Parquet schemas in `wireclaims.write.parquet` follow these lists).
ARTICLE_COLUMNS = (
    "article_id",
    "path",
    "format",
    "headline",
    "dateline",
    "byline",
    "credits",
    "language",
    "encoding",
    "text",
    "paragraphs",
    "published",
    "version",
    "source_id",
    "status",
    "slug",
    "warnings",
    "error_code",
    "error_message",
    "input_sha256",
    "pipeline",
    "wireclaims",
    "schema_version",
)
SPEAKER_COLUMNS = (
    "article_id",
    "speaker_id",
    "name",
    "kind",
    "title",
    "organization",
    "aliases",
    "mentions",
)
_CUE_COLUMNS = ("cue_text", "cue_lemma", "cue_class", "cue_start", "cue_end")
QUOTE_COLUMNS = (
    "article_id",
    "quote_id",
    "text",
    "start",
    "end",
    "kind",
    "paragraph",
    "speaker_id",
    "speaker_name",
    *_CUE_COLUMNS,
    "attribution",
    "confidence",
)
CLAIM_COLUMNS = (
    "article_id",
    "claim_id",
    "content",
    "start",
    "end",
    "kind",
    "speaker_id",
    "speaker_name",
    *_CUE_COLUMNS,
    "quote_ids",
    "confidence",
)
COLUMNS = {
    "articles": ARTICLE_COLUMNS,
    "speakers": SPEAKER_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "claims": CLAIM_COLUMNS,
}


# Every column name, once, in the order of first appearance.
ALL_COLUMNS = tuple(dict.fromkeys(column for name in TABLES for column in COLUMNS[name]))


def record_rows(record: Record) -> dict[str, list[Row]]:
    """The rows one record contributes to each table (`TABLES`), in the record's order."""
    if not isinstance(record, ArticleResult):
        return {"articles": [_error_row(record)], "speakers": [], "quotes": [], "claims": []}
    key = record.article.id
    return {
        "articles": [_article_row(record)],
        "speakers": [_speaker_row(key, speaker) for speaker in record.speakers],
        "quotes": [_quote_row(key, quote) for quote in record.quotes],
        "claims": [_claim_row(key, claim) for claim in record.claims],
    }


def _provenance(record: Record) -> Row:
    """The columns every `articles` row has: where the record came from, and its schema version."""
    provenance = record.provenance
    return {
        "input_sha256": provenance.input_sha256 if provenance else None,
        "pipeline": provenance.pipeline if provenance else None,
        "wireclaims": provenance.wireclaims if provenance else None,
        "schema_version": record.schema_version,
    }


def _error_row(record: ErrorRecord) -> Row:
    """An error record's `articles` row: what is known of the article, the error, nothing else."""
    return dict.fromkeys(ARTICLE_COLUMNS) | {
        "article_id": record.article.id,
        "path": record.article.path,
        "format": record.article.format,
        "error_code": record.error.code,
        "error_message": record.error.message,
        **_provenance(record),
    }


def _article_row(record: ArticleResult) -> Row:
    article = record.article
    row = article.model_dump(exclude={"id"}) | {
        "article_id": article.id,
        "warnings": list(record.warnings),
        "error_code": None,
        "error_message": None,
        **_provenance(record),
    }
    return {name: row[name] for name in ARTICLE_COLUMNS}


def _speaker_row(key: str, s: Speaker) -> Row:
    return {
        "article_id": key,
        "speaker_id": s.id,
        "name": s.name,
        "kind": s.kind,
        "title": s.title,
        "organization": s.organization,
        "aliases": list(s.aliases),
        "mentions": [m.model_dump() for m in s.mentions],
    }


def _quote_row(key: str, q: Quote) -> Row:
    return {
        "article_id": key,
        "quote_id": q.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "paragraph": q.paragraph,
        **_speaker(q.speaker),
        **_cue(q.cue),
        "attribution": q.attribution,
        "confidence": q.confidence,
    }


def _claim_row(key: str, c: Claim) -> Row:
    return {
        "article_id": key,
        "claim_id": c.id,
        "content": c.content,
        "start": c.start,
        "end": c.end,
        "kind": c.kind,
        **_speaker(c.source),
        **_cue(c.cue),
        "quote_ids": list(c.quotes),
        "confidence": c.confidence,
    }


def _speaker(ref: SpeakerRef | None) -> Row:
    return {"speaker_id": ref.id if ref else None, "speaker_name": ref.name if ref else None}


def _cue(cue: Cue | None) -> Row:
    if cue is None:
        return dict.fromkeys(_CUE_COLUMNS)
    return {
        "cue_text": cue.text,
        "cue_lemma": cue.lemma,
        "cue_class": cue.cue_class,
        "cue_start": cue.start,
        "cue_end": cue.end,
    }
