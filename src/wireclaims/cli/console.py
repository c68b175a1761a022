"""The stderr console every command reports on; stdout carries data only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape

from wireclaims.render.escapes import for_terminal

if TYPE_CHECKING:
    from wireclaims.models import ErrorRecord

err = Console(stderr=True, highlight=False, soft_wrap=True)

# Exit codes, documented in README.md.
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
# wireclaims itself failed (a bug) and stopped: distinct from 1, where some inputs gave error records.
EXIT_BUG = 3


@dataclass
class State:
    """Settings of the root command that every command sees."""

    debug: bool = False


state = State()


def safe(value: object) -> str:
    """`value` as text to put into a one-line rich markup message: no terminal controls, no markup.

    Every path, message and name from an input goes through this (`err.print(f"[red]error:[/red]
    {safe(exc)}")`): a file named `[/]x.txt` would otherwise raise rich's MarkupError and one named
    `[link=...]` would turn into markup; an ESC in an error message would reach the terminal raw.
    """
    return escape(for_terminal(str(value), one_line=True))


def fail(problem: object, code: int = EXIT_USAGE) -> typer.Exit:
    """One `error:` line on stderr saying what stops the command; the exit to raise (`raise fail(exc)`)."""
    err.print(f"[red]error:[/red] {safe(problem)}")
    return typer.Exit(code)


def tell_failed(record: ErrorRecord) -> None:
    """One line on stderr for an error record: its code, its path and its message."""
    error, path = record.error, record.article.path
    err.print(f"[red]{safe(error.code)}:[/red] {safe(path)}: {safe(error.message)}")
