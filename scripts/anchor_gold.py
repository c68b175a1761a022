"""Fill in the character offsets of hand-written gold labels (docs/gold-format.md).

    python scripts/anchor_gold.py data/gold

Quotes and claims take the `occurrence`-th match of their text in article.text; a cue takes the match of its
text nearest to its quote or claim. Files are rewritten only when an offset changes; a text that is not in
the article stops the script with the file and label named.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from wireclaims.eval.gold import GOLD_SUFFIX, read_gold_file
from wireclaims.write.files import write_atomic


def _nth(text: str, needle: str, n: int) -> int:
    start = -1
    for _ in range(n):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def _nearest(text: str, needle: str, start: int, end: int) -> int:
    best, best_dist = -1, None
    for match in re.finditer(re.escape(needle), text):
        s = match.start()
        dist = 0 if start <= s < end else min(abs(s - end), abs(match.end() - start))
        if s >= start and match.end() <= end and not needle.startswith(("'", '"')):
            dist += 1  # a cue inside the quote is rarely the quote's cue
        if best_dist is None or dist < best_dist:
            best, best_dist = s, dist
    return best


def anchor(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = read_gold_file(path, require_offsets=False).text
    problems: list[str] = []
    for what, key in (("quotes", "text"), ("claims", "content")):
        for n, label in enumerate(data.get(what, []), 1):
            s = _nth(text, label[key], label.get("occurrence", 1))
            if s < 0:
                problems.append(f"{what[:-1]} {n}: {label[key][:50]!r} is not in the article text")
                continue
            label["start"], label["end"] = s, s + len(label[key])
            cue = label.get("cue")
            if cue:
                cue_str = cue["text"] if isinstance(cue, dict) else cue
                c = _nearest(text, cue_str, label["start"], label["end"])
                if c < 0:
                    problems.append(f"{what[:-1]} {n}: cue {cue_str!r} is not in the article text")
                    continue
                label["cue"] = {"text": cue_str, "start": c, "end": c + len(cue_str)}
    if not problems:
        new = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        if new != path.read_text(encoding="utf-8"):
            write_atomic(path, new)
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    failed = 0
    for path in sorted(args.folder.rglob(f"*{GOLD_SUFFIX}")):
        for problem in anchor(path):
            print(f"{path}: {problem}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
