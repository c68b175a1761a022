"""Measure the pronoun resolver on GUM's gold coreference chains.

    python scripts/eval_pronouns.py ../shared/corpora/gum-permissive

For every third-person subject pronoun (he, she, they, it) that GUM links to a chain with a proper-name
mention earlier in the document, the resolver (`wireclaims.extract.registry.SpeakerRegistry`) is given the
document's gold proper-name mentions of people and organisations, in reading order, and the pronoun; it is
right when it picks the pronoun's chain. Gold mentions isolate the resolver from the entity recogniser.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from wireclaims.extract.describe import describe
from wireclaims.extract.mentions import Mention
from wireclaims.extract.registry import SpeakerRegistry

PRONOUNS = {"he", "she", "they", "it"}
TYPES = {"person": "PERSON", "organization": "ORG"}
_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_CLOSE = re.compile(r"(\d+)\)")


def mentions(path: Path) -> list[tuple[int, int, str, str, list[str], list[str], str]]:
    """(position, end, chain, type, words, upos, deprel of head) of every mention, in reading order."""
    out = []
    words: list[str] = []
    upos: list[str] = []
    deprel: list[str] = []
    open_: dict[str, tuple[int, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        pos = len(words)
        words.append(cols[1])
        upos.append(cols[3])
        deprel.append(cols[7])
        ent = next((m[7:] for m in cols[9].split("|") if m.startswith("Entity=")), "")
        for m in _OPEN.finditer(ent):
            open_[m.group(1)] = (pos, m.group(2))
            tail = ent[m.end() :]
            nxt = min([j for j in (tail.find("("), tail.find(")")) if j >= 0], default=-1)
            if nxt >= 0 and tail[nxt] == ")":
                start, typ = open_.pop(m.group(1))
                out.append((start, pos + 1, m.group(1), typ))
        for m in _CLOSE.finditer(re.sub(r"\(\d+-[^()]*\)", "", ent)):
            if m.group(1) in open_:
                start, typ = open_.pop(m.group(1))
                out.append((start, pos + 1, m.group(1), typ))
    return [(s, e, c, t, words[s:e], upos[s:e], deprel[s]) for s, e, c, t in sorted(out)]


def evaluate(folder: Path) -> tuple[int, int, int, Counter[str]]:
    """(right, baseline right, total, misses by pronoun); the baseline takes the most recent named mention."""
    right = total = baseline = 0
    misses: Counter[str] = Counter()
    for path in sorted(folder.glob("*.conllu")):
        registry = SpeakerRegistry()
        chain_of: dict[int, str] = {}
        named_chains: set[str] = set()
        last_named = ""
        for start, end, chain, typ, words, upos, rel in mentions(path):
            text = " ".join(words)
            if len(words) == 1 and words[0].lower() in PRONOUNS and rel.startswith("nsubj"):
                if chain not in named_chains:
                    continue
                total += 1
                baseline += last_named == chain
                entry = registry.add(Mention(start, end, text, None, pronoun=words[0].lower()))
                got = chain_of.get(id(entry)) if entry is not None else None
                right += got == chain
                if got != chain:
                    misses[words[0].lower()] += 1
            elif typ in TYPES and "PROPN" in upos:
                labels = [TYPES[typ] if p == "PROPN" else "" for p in upos]
                desc = describe(words, labels)
                if desc.name is None:
                    continue
                entry = registry.add(Mention(start, end, text, desc, subject=rel.startswith("nsubj")))
                if entry is not None:
                    chain_of.setdefault(id(entry), chain)
                    named_chains.add(chain)
                    last_named = chain
    return right, baseline, total, misses


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gum", type=Path)
    args = parser.parse_args()
    right, baseline, total, misses = evaluate(args.gum)
    print(f"pronouns with a named antecedent: {total}")
    print(f"resolved to the right chain: {right} ({100 * right / max(1, total):.1f} %)")
    print(f"baseline, most recent named mention: {baseline} ({100 * baseline / max(1, total):.1f} %)")
    print("misses by pronoun: " + ", ".join(f"{k} {v}" for k, v in sorted(misses.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
