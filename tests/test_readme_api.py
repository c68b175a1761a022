"""README's Python example runs as written and prints what README says it prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wireclaims.component  # noqa: F401 - registers the factories, as installing does (entry points)

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## Python API and spaCy component"


def _blocks(language: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(rf"```{language}\n(.*?)```", section, re.DOTALL)


def test_readme_python_example_prints_what_readme_shows(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (code,) = _blocks("python")
    (expected,) = _blocks("text")
    monkeypatch.chdir(ROOT)  # the example reads data/samples/
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out == expected
