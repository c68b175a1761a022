"""`wireclaims show`: one story in the terminal, quotes in their speaker's colour, and its speakers."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from wireclaims.cli.console import EXIT_OK, EXIT_SOME_FAILED, fail, tell_failed
from wireclaims.errors import ModelError, UnreadableInput

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def show_cli(
    story: Annotated[
        str,
        typer.Argument(
            help="A story in any input format, a wireclaims JSON or JSON Lines result, or '-' for stdin."
        ),
    ],
    model: Annotated[
        str | None,
        typer.Option("--model", help="Pipeline name or path for a story; blank:en for rules only."),
    ] = None,
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            help="Force colours (e.g. for less -R) or plain text with [q1→s2] tags. Default: colours on a "
            "terminal only.",
        ),
    ] = None,
    width: Annotated[
        int | None,
        typer.Option(
            "--width", min=20, help="Wrap at this many columns. Default: the terminal's (80 in a pipe)."
        ),
    ] = None,
) -> None:
    """Show a story with its quotes, cues and claims marked, and a table of its speakers.

    A story file is extracted first (as by extract); a JSON result is shown as it is. Output without colour
    (a pipe, --no-color) marks quotes and claims with tags instead.

    Example: wireclaims show data/samples/reuters-harbour-tolls.txt
    """
    console = _console(color, width)
    try:
        errors = _show(console, story, model)
    except (UnreadableInput, ModelError) as exc:
        raise fail(exc) from exc
    raise typer.Exit(EXIT_SOME_FAILED if errors else EXIT_OK)


def _console(color: bool | None, width: int | None) -> Console:
    """Colours on a terminal (None), always (True, 256 colours) or never (False: plain text with tags)."""
    # imported here: `wireclaims --help` should not pay for rich's console
    from rich.console import Console

    if color is None:
        return Console(width=width, highlight=False)
    if color:
        return Console(width=width, highlight=False, force_terminal=True, color_system="256")
    return Console(width=width, highlight=False, color_system=None)


def _show(console: Console, story: str, model: str | None) -> int:
    """Show each record of `story` (one line on stderr for an error record); how many were errors."""
    # imported here: `wireclaims --help` should not pay for the models and the renderers
    from rich.rule import Rule

    from wireclaims.models import ArticleResult
    from wireclaims.render.records import SourceOptions, iter_records
    from wireclaims.render.terminal import render_story

    errors = shown = 0
    for record in iter_records([story], SourceOptions(model=model)):
        if isinstance(record, ArticleResult):
            if shown:
                console.print(Rule(style="dim"))
            _print(console, render_story(record, tags=console.color_system is None))
            shown += 1
        else:
            errors += 1
            tell_failed(record)
    return errors


def _print(console: Console, renderable: RenderableType) -> None:
    """Print; plain text without the spaces rich leaves at wrap points and pads table rows with."""
    if console.color_system is not None:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    sys.stdout.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
