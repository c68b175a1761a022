"""A progress bar for long runs (stories/s, ETA), drawn only for a person watching a terminal."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


def wanted(console: Console, quiet: bool, environ: Mapping[str, str] = os.environ) -> bool:
    """A bar only on a terminal: never in pipes, never with --quiet, never in CI logs (env CI set)."""
    return console.is_terminal and not quiet and "CI" not in environ


class _Rate(ProgressColumn):
    """Stories per second since the start: workers answer a chunk at a time, so recent rates jump."""

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time or task.elapsed
        if not elapsed or not task.completed:
            return Text("")
        return Text(f"{task.completed / elapsed:,.1f} stories/s", style="progress.data.speed")


def _nothing(stories: int = 1) -> None:
    pass


@contextmanager
def progress(console: Console, total: int, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A function to call once per input with the number of stories it gave; draws the bar on `console`
    only when `enabled`.

    Args:
        total: the number of inputs, each counted as one story until it turns out to hold more.
    """
    if not enabled:
        yield _nothing
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeRemainingColumn(),
    )
    # transient: the bar goes when the run ends, leaving the summary line on its own
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("stories", total=total)
        expected = total

        def advance(stories: int = 1) -> None:
            # a feed file turns out to hold several stories only once read: the total grows with it
            nonlocal expected
            expected += stories - 1
            bar.update(task, total=expected, advance=stories)

        yield advance
