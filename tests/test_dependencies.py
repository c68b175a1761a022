"""Dependencies: what runs at run time is declared, and the wheel smoke check covers every input format.

The real check is `make smoke` (scripts/check_wheel.py: the wheel in a fresh venv, no extras, no lock); these
tests catch the same mistakes in seconds, in the dev environment.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

from wireclaims.loaders import LOADERS, detect_format

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_wheel", ROOT / "scripts" / "check_wheel.py")
assert _spec is not None and _spec.loader is not None
check_wheel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_wheel)

# Run in a fresh interpreter, so that only what wireclaims itself imports is in sys.modules: the CLI, the
# pipeline and one story of every format through the loaders (which import trafilatura lazily).
_IMPORTS = """
import json, sys
from pathlib import Path
import wireclaims.cli, wireclaims.run.batch, wireclaims.nlp
from wireclaims.loaders import load
for name in sys.argv[1:]:
    load(Path(name).read_bytes(), name)
print(json.dumps(sorted({m.partition(".")[0] for m in sys.modules})))
"""


# Distributions a dependency imports when they are there and does without otherwise, with who tries them.
OPTIONAL = {
    "pysocks": "urllib3.contrib.socks, tried by trafilatura.downloads",
    "attrs": "rich.pretty",
}


def _name(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


def _reachable_without_extras(requirements: list[str]) -> set[str]:
    """Distributions pip installs for these requirements without any extra of them: extras are where old
    pips go wrong (pip 23.2 does not match `lxml[html_clean]` to lxml 6's `html-clean`)."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in requirements]
    while todo:
        req = todo.pop()
        if (req.marker and not req.marker.evaluate({"extra": ""})) or _name(req.name) in seen:
            continue
        seen.add(_name(req.name))
        try:
            todo.extend(Requirement(r) for r in distribution(req.name).requires or [])
        except PackageNotFoundError:
            continue
    return seen


def test_every_distribution_imported_at_run_time_is_declared_or_a_plain_dependency() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    stories = [str(check_wheel.FORMATS / name) for _, name in check_wheel.STORIES]
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTS, *stories], capture_output=True, text=True, check=True, timeout=120
    )
    owners = packages_distributions()
    used = {_name(d) for module in json.loads(done.stdout) for d in owners.get(module, [])}
    # setuptools' startup hook (_distutils_hack) loads in every interpreter of a venv that has setuptools.
    missing = used - _reachable_without_extras(declared) - {"wireclaims", "setuptools", *OPTIONAL}
    assert not missing, f"imported at run time, not installed by a plain `pip install .`: {sorted(missing)}"


def test_smoke_check_has_one_story_of_every_input_format() -> None:
    assert sorted(fmt for fmt, _ in check_wheel.STORIES) == sorted(LOADERS)


@pytest.mark.parametrize("fmt, name", check_wheel.STORIES)
def test_smoke_story_is_detected_as_its_format(fmt: str, name: str) -> None:
    path = check_wheel.FORMATS / name
    assert detect_format(path.read_bytes(), path.name) == fmt


GOOD: dict[str, Any] = {
    "article": {"format": "html", "headline": "Heat advisory", "text": "It is hot."},
    "quotes": [{"text": "It is hot."}],
}


@pytest.mark.parametrize(
    "record, expected",
    [
        (GOOD, []),
        ({"error": {"code": "encoding", "message": "not UTF-8"}}, ["error record: encoding: not UTF-8"]),
        ({**GOOD, "article": {**GOOD["article"], "format": "text"}}, ["format 'text', expected 'html'"]),
        ({**GOOD, "article": {**GOOD["article"], "text": " \n"}}, ["empty article.text"]),
        ({**GOOD, "article": {**GOOD["article"], "headline": None}}, ["no headline"]),
        ({**GOOD, "quotes": []}, ["no quotes"]),
        ({}, ["format None, expected 'html'", "empty article.text", "no headline", "no quotes"]),
    ],
)
def test_smoke_record_problems(record: dict[str, Any], expected: list[str]) -> None:
    assert check_wheel.problems(record, "html") == expected
