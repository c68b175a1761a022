"""`wireclaims eval`: score the extractor against gold labels."""

from __future__ import annotations


def eval_cli() -> None:
    """Score extraction against gold labels (see docs/gold-format.md)."""
