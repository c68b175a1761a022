"""`wireclaims schema`: the JSON Schema of the output, generated from the models."""

from __future__ import annotations

import json
from typing import Any

import typer
from pydantic import TypeAdapter

from wireclaims.models import Record


def output_schema() -> dict[str, Any]:
    """JSON Schema of one output record (a result or an error record)."""
    schema: dict[str, Any] = TypeAdapter(Record).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "wireclaims record"
    return schema


def schema_cli() -> None:
    """Print the JSON Schema of the output records.

    Example: wireclaims schema > schema/article.schema.json
    """
    typer.echo(json.dumps(output_schema(), indent=2, sort_keys=True))
