"""The stderr console every command reports on; stdout carries data only."""

from __future__ import annotations

from rich.console import Console

err = Console(stderr=True, highlight=False, soft_wrap=True)

# Exit codes, documented in README.md.
EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
