"""The committed JSON Schema is the one the models generate."""

from __future__ import annotations

import json
from pathlib import Path

from wireclaims.cli.schema import output_schema
from wireclaims.models import ArticleResult

SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "article.schema.json"


def test_committed_schema_matches_models() -> None:
    committed = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert committed == output_schema(), "schema drifted: run `make fixtures` and commit schema/"


def test_schema_keeps_the_output_contract_keys() -> None:
    props = output_schema()["$defs"]
    assert set(ArticleResult.model_fields) >= {"schema_version", "article", "speakers", "quotes", "claims"}
    for model, keys in {
        "Article": {"id", "path", "format", "headline", "dateline", "byline", "credits", "language", "text"},
        "Speaker": {"id", "name", "kind", "title", "organization", "aliases", "mentions"},
        "Quote": {"id", "text", "start", "end", "kind", "speaker", "cue", "paragraph"},
        "Claim": {"id", "content", "start", "end", "kind", "source", "cue"},
        "Cue": {"text", "lemma", "start", "end"},
    }.items():
        assert keys <= set(props[model]["properties"]), model


def test_models_forbid_unknown_fields() -> None:
    props = output_schema()["$defs"]
    assert all(d.get("additionalProperties") is False for d in props.values() if d.get("type") == "object")
