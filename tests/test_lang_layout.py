"""The language knowledge is data by topic: `lang/en.py` is an index over the topic modules beside it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from wireclaims.lang import en

LANG = Path(__file__).resolve().parents[1] / "src" / "wireclaims" / "lang"
TOPICS = (
    "agencies",
    "credits",
    "cues",
    "grammar",
    "groups",
    "honorifics",
    "offices",
    "organizations",
    "quotemarks",
    "reference",
    "times",
)
DATA_MODULES = sorted(p.stem for p in LANG.glob("*.py") if p.stem not in {"__init__", "en"})


def _public_constants(module: str) -> list[str]:
    tree = ast.parse((LANG / f"{module}.py").read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and target.id.isupper() and not target.id.startswith("_"):
            names.append(target.id)
    return names


@pytest.mark.parametrize("topic", TOPICS)
def test_en_index_reexports_every_name_of_a_topic(topic: str) -> None:
    module = importlib.import_module(f"wireclaims.lang.{topic}")
    for name in _public_constants(topic):
        assert name in en.__all__, f"{topic}.{name} is missing from en.__all__"
        assert getattr(en, name) is getattr(module, name)


def test_en_index_names_only_what_the_topics_define() -> None:
    defined = {name for topic in TOPICS for name in _public_constants(topic)}
    assert set(en.__all__) == defined
    assert len(en.__all__) == len(set(en.__all__))


def test_en_index_holds_no_data_of_its_own() -> None:
    assert _public_constants("en") == []


@pytest.mark.parametrize("module", DATA_MODULES)
def test_lang_module_says_what_it_holds_and_comments_each_list(module: str) -> None:
    source = (LANG / f"{module}.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), f"lang/{module}.py has no docstring"
    lines = source.splitlines()
    for node in tree.body:
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        target = node.targets[0] if isinstance(node, ast.Assign) else node.target
        if not (isinstance(target, ast.Name) and target.id.isupper()) or not isinstance(
            node.value, (ast.Call, ast.Dict, ast.Tuple, ast.Set, ast.List, ast.BinOp)
        ):
            continue
        if module in TOPICS:
            assert lines[node.lineno - 2].lstrip().startswith("#"), f"{module}.{target.id} has no comment"
