"""`wireclaims info`: version, shipped pipeline, its components and measured accuracy."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from wireclaims import SCHEMA_VERSION, __version__
from wireclaims.nlp import default_model_path, describe_default
from wireclaims.render.escapes import for_terminal


def info_cli(
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
) -> None:
    """Show the version, the shipped pipeline and its measured accuracy (does not load spaCy).

    Example: wireclaims info --json
    """
    meta = describe_default()
    data = {
        "wireclaims": __version__,
        "schema_version": SCHEMA_VERSION,
        "pipeline": {
            "name": f"{meta.get('lang', 'en')}_{meta.get('name', 'wire_sm')}" if meta else None,
            "version": meta.get("version"),
            "path": str(default_model_path()),
            "components": meta.get("pipeline", []),
            "accuracy": meta.get("accuracy", {}),
        },
    }
    if as_json:
        typer.echo(json.dumps(data, indent=2, sort_keys=True))
        return
    pipe = data["pipeline"]
    assert isinstance(pipe, dict)
    _echo(f"wireclaims {__version__} (output schema {SCHEMA_VERSION})")
    if not meta:
        _echo("pipeline: none shipped (rules on a blank English pipeline)")
        return
    _echo(f"pipeline: {pipe['name']} {pipe['version']} at {pipe['path']}")
    _echo(f"components: {', '.join(pipe['components'])}")
    for split, scores in sorted(pipe["accuracy"].items()):
        shown = ", ".join(f"{k} {v}" for k, v in scores.items() if not k.startswith("ents_f_"))
        _echo(f"accuracy ({split}): {shown}")


def _echo(line: str) -> None:
    """One line of the human view: the pipeline's meta.json is a file like any other input."""
    typer.echo(for_terminal(line, one_line=True))
