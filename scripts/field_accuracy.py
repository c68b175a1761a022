"""Field accuracy of the loaders on the team's own agency fixtures, as a table per format.

    python scripts/field_accuracy.py                      # tests/fixtures/formats, its fields.json
    python scripts/field_accuracy.py --errors             # also list each field that is wrong
    python scripts/field_accuracy.py --write-expected     # seed fields.json from today's output (review it!)

Every story of every fixture under `tests/fixtures/formats/<format>/` (item k of a feed is `PATH#k`) is
loaded as `wireclaims` loads it, and its fields are compared with the expected values kept as data in
`tests/fixtures/formats/fields.json`: headline, dateline (location, date, agency), byline, credits
(`role: names`), slug, version, published, language and lead paragraph. Items that are no story (a
picture, a canceled item) have no fields and are not counted. The table gives, per format, the fields
right over the fields checked; a field whose expected value is null is checked too (nothing spurious).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wireclaims.errors import InputError
from wireclaims.loaders import load_all
from wireclaims.story import Story

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "formats"
EXPECTED = FIXTURES / "fields.json"
FIELDS = ("headline", "dateline", "byline", "credits", "slug", "version", "published", "language", "lead")


@dataclass
class Score:
    """Fields right and checked for one format, field by field."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    stories: int = 0

    @property
    def total(self) -> tuple[int, int]:
        return sum(self.right.values()), sum(self.checked.values())


def fields_of(story: Story) -> dict[str, Any]:
    """The compared fields of a story, as JSON values."""
    d = story.dateline
    return {
        "headline": story.headline,
        "dateline": None if d is None else [d.location, d.date, d.agency],
        "byline": list(story.byline),
        "credits": [f"{c.role}: {', '.join(c.names)}" for c in story.credits],
        "slug": story.slug,
        "version": story.version,
        "published": story.published,
        "language": story.language,
        "lead": story.paragraphs[0] if story.paragraphs else None,
    }


def stories(folder: Path) -> Iterator[tuple[str, str, Story]]:
    """(key, format, story) for every story of every fixture; the key is `format/name` or `format/name#k`."""
    for path in sorted(p for p in folder.glob("*/*") if p.is_file()):
        try:
            entries = load_all(path.read_bytes(), path.name, "text" if path.parent.name == "text" else None)
        except InputError:
            continue
        for k, entry in enumerate(entries, start=1):
            if isinstance(entry, Story):
                key = f"{path.parent.name}/{path.name}" + (f"#{k}" if len(entries) > 1 else "")
                yield key, entry.format, entry


def fields_of_key(key: str, folder: Path = FIXTURES) -> dict[str, Any]:
    """The fields of the story a key names (`format/name` or `format/name#k`)."""
    return next(fields_of(story) for found, _fmt, story in stories(folder) if found == key)


def measure(folder: Path, expected: dict[str, dict[str, Any]]) -> tuple[dict[str, Score], list[str]]:
    """Scores per format, and one line per wrong field (or story without expected values)."""
    scores: dict[str, Score] = {}
    errors: list[str] = []
    for key, fmt, story in stories(folder):
        score = scores.setdefault(fmt, Score())
        want = expected.get(key)
        if want is None:
            errors.append(f"{key}: no expected fields")
            continue
        score.stories += 1
        got = fields_of(story)
        for name in FIELDS:
            score.checked[name] += 1
            if got[name] == want.get(name):
                score.right[name] += 1
            else:
                errors.append(f"{key}: {name} is {got[name]!r}, expected {want.get(name)!r}")
    return scores, errors


def table(scores: dict[str, Score]) -> str:
    """A Markdown table: one row per format, right/checked per field and in all."""
    head = ["format", "stories", *FIELDS, "all"]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for fmt in sorted(scores):
        s = scores[fmt]
        cells = [f"{s.right[n]}/{s.checked[n]}" for n in FIELDS]
        right, checked = s.total
        rows.append("| " + " | ".join([fmt, str(s.stories), *cells, f"{right}/{checked}"]) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 when a field is wrong or a story has no expected values."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fixtures", type=Path, default=FIXTURES, help="Folder of format folders.")
    parser.add_argument("--expected", type=Path, default=EXPECTED, help="Expected fields (JSON).")
    parser.add_argument("--errors", action="store_true", help="List each wrong field on stderr.")
    parser.add_argument(
        "--write-expected", action="store_true", help="Write today's fields as the expected ones."
    )
    args = parser.parse_args(argv)
    if args.write_expected:
        found = {key: fields_of(story) for key, _fmt, story in stories(args.fixtures)}
        args.expected.write_text(json.dumps(found, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{len(found)} stories written to {args.expected}", file=sys.stderr)
        return 0
    expected = json.loads(args.expected.read_text(encoding="utf-8"))
    scores, errors = measure(args.fixtures, expected)
    print(table(scores))
    if args.errors:
        for line in errors:
            print(line, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
