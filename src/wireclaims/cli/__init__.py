"""The `wireclaims` command: a thin shell over the library. Library code prints nothing; this does."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Annotated

import typer

from wireclaims import __version__
from wireclaims.cli import eval as eval_cmd
from wireclaims.cli import extract as extract_cmd
from wireclaims.cli import info as info_cmd
from wireclaims.cli import report as report_cmd
from wireclaims.cli import schema as schema_cmd
from wireclaims.cli import show as show_cmd
from wireclaims.cli.console import EXIT_BUG, err, safe, state

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
    debug: Annotated[
        bool,
        typer.Option(
            "--debug",
            envvar="WIRECLAIMS_DEBUG",
            help="Show the traceback of a bug in wireclaims, in error records and when the command fails.",
        ),
    ] = False,
) -> None:
    """Turn news wire stories into attributed data: speakers, quotes, cues and claims.

    Example: wireclaims extract stories/ > out.jsonl
    """
    state.debug = debug


def main() -> None:
    """Console-script entry point: a bug ends the run with one line on stderr and exit code 3, never a
    traceback (unless --debug). Usage errors, Ctrl-C and a closed stdout are click's to report."""
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - the last net: one clear line, the traceback on demand
        if state.debug or "--debug" in sys.argv:
            err.print_exception()
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
        err.print(
            f"[red]internal error:[/red] {safe(type(exc).__name__)}: {safe(exc)}{place}. This is a bug in "
            "wireclaims: please report it (run with --debug for the traceback)."
        )
        sys.exit(EXIT_BUG)
