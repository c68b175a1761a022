"""Shared fixtures: the shipped pipeline loaded once per session, and a helper to extract from a body text."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from wireclaims.inputs import InputItem
from wireclaims.models import ArticleResult
from wireclaims.nlp import Pipeline, load_pipeline
from wireclaims.run.analyse import analyse_story
from wireclaims.story import Story

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    # WIRECLAIMS_TEST_MODEL lets a developer run the suite against a pipeline being trained
    return load_pipeline(os.environ.get("WIRECLAIMS_TEST_MODEL"))


@pytest.fixture(scope="session")
def rules_pipeline() -> Pipeline:
    return load_pipeline("blank:en")


def _extractor(pipe: Pipeline) -> Callable[[str], ArticleResult]:
    def run(body: str) -> ArticleResult:
        story = Story(headline=None, paragraphs=tuple(body.split("\n\n")), format="text")
        return analyse_story(story, InputItem("t.txt", "t.txt", Path("t.txt")), pipe)

    return run


@pytest.fixture(scope="session")
def extract_body(pipeline: Pipeline) -> Callable[[str], ArticleResult]:
    """Extract from a body text (paragraphs separated by a blank line) with the shipped pipeline."""
    return _extractor(pipeline)


@pytest.fixture(scope="session")
def extract_rules(rules_pipeline: Pipeline) -> Callable[[str], ArticleResult]:
    """Extract with rules only (no parser, no entities)."""
    return _extractor(rules_pipeline)
