"""The `wireclaims` command: a thin shell over the library. Library code prints nothing; this does."""

from __future__ import annotations

from typing import Annotated

import typer

from wireclaims import __version__
from wireclaims.cli import eval as eval_cmd
from wireclaims.cli import extract as extract_cmd
from wireclaims.cli import info as info_cmd
from wireclaims.cli import report as report_cmd
from wireclaims.cli import schema as schema_cmd
from wireclaims.cli import show as show_cmd

app = typer.Typer(
    name="wireclaims",
    help="Turn news wire stories into attributed data: speakers, quotes, cues and claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_cmd.extract_cli)
app.command("schema")(schema_cmd.schema_cli)
app.command("info")(info_cmd.info_cli)
app.command("eval")(eval_cmd.eval_cli)
app.command("show")(show_cmd.show_cli)
app.command("report")(report_cmd.report_cli)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"wireclaims {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn news wire stories into attributed data: speakers, quotes, cues and claims.

    Example: wireclaims extract stories/ > out.jsonl
    """


def main() -> None:
    """Console-script entry point."""
    app()
