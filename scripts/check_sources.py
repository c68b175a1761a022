"""List every speaker the extractor gives that cannot be a source: a clause, a prepositional phrase, a
document, page furniture, a quantifier, a bare adjective.

    python scripts/check_sources.py ../shared/corpora/polnear/train ../shared/corpora/polnear/dev --jobs 2

Stories are extracted with the library (`wireclaims.pipeline.run`); every speaker's name and first mention
are checked against word lists of this script, on purpose independent of `wireclaims.extract.validate`
(which decides inside the extractor) and stricter than it: a name this check flags is worth a look even
when it is right. Prints one line per flagged speaker (story, reason, kind, name) on stdout and the counts
by reason on stderr; exits 1 when any speaker is flagged, 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from wireclaims.inputs import iter_inputs
from wireclaims.models import ArticleResult
from wireclaims.pipeline import ExtractOptions, run


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The check's own lists, apart from lang/sources.py, so that one mistake is not made twice.
PREPOSITIONS = _words(
    """
    about after against amid among at before by during for from in into like of off on onto over per since
    through to toward towards under until upon via with within without
    """
)
FINITE_VERBS = _words(
    """
    said says say told tells would will could should had has have was were is are does did can may might
    must shall
    """
)
DOCUMENTS = _words(
    """
    statement statements report reports article articles letter letters post posts tweet tweets message
    messages website site blog email memo document documents analysis study studies survey poll polls
    investigation inquiry review resolution warning warnings notice announcement release communique
    transcript interview editorial column essay book paper filing lawsuit complaint petition
    indictment verdict ruling bill law video footage broadcast speech address remarks comments remark
    testimony claims allegation allegations charges accusation accusations estimate estimates findings
    data evidence cable cables dispatch bulletin newsletter headline headlines caption summary average poll
    polling
    """
)
# -ing words that stand before a noun in a source's description (`lobbying firms`, `a publishing executive`,
# `the drafting committee`): not participles.
MODIFIER_ING = _words(
    """
    acting banking broadcasting consulting drafting founding gambling governing leading lobbying managing
    mining polling publishing ranking restructuring ruling shipping visiting voting working
    """
)
RELATIVES = _words("who whom whose which")
POSSESSIVES = _words("his her its their our my your")
BOILERPLATE = _words(
    """
    advertisement advertisements sponsored related photo story continues below continue reading read
    more click here share
    """
)
GENERIC = _words(
    """
    one some others other many few several most all both each any none it there what which who this that
    these those someone anyone everyone nobody something
    """
)
ADJECTIVE_ENDINGS = ("ous", "ful", "able", "ible", "less", "-spoken", "-minded", "-based")


@dataclass(frozen=True)
class Flag:
    """A speaker the check rejects."""

    story: str
    reason: str
    kind: str
    name: str


def reason(name: str, kind: str) -> str | None:
    """Why a speaker named `name` cannot be a source, or None when the check finds nothing wrong."""
    words = name.split()
    if not words:
        return "empty"
    lowered = [w.lower() for w in words]
    if all(w in BOILERPLATE for w in lowered):
        return "boilerplate"
    if "to" in words:
        after = words[words.index("to") + 1 :]
        if not after or (after[0].islower() and after[0] not in {"the", "a", "an"} | POSSESSIVES):
            return "infinitive"  # `to pause the talks`, `plans to`, `far to`; not `a visit to his church`
    if lowered[0] in PREPOSITIONS:
        return "preposition"
    if words[0] in {"him", "them", "me", "us"}:
        return "object"  # `him a series of questions`: the cue's object
    # a relative clause may hold any verb: `Ruiz, who is chairman` is a noun phrase
    main = next((words[:k] for k, w in enumerate(lowered) if w in RELATIVES), words)
    if any(w in FINITE_VERBS for w in main):
        return "clause"
    if _participle(words):
        return "participle"  # `using`, `talking and`; not `retired neurosurgeon` or `lobbying firms`
    if len(words) == 1 and words[0][:1].isupper() and lowered[0].endswith("ing") and kind == "unknown":
        return "participle"
    if len(words) == 1 and lowered[0] in GENERIC:
        return "generic"
    if _head(main).islower() and _head(main) in DOCUMENTS and not _authored(main):
        return "document"  # `the poll`, `an FBI summary of its inquiry`; not `an aide familiar with it`
    if len(words) == 1 and words[0].islower() and lowered[0].endswith(ADJECTIVE_ENDINGS):
        return "adjective"
    return None


def _participle(words: list[str]) -> bool:
    """A lower-case -ing word opening the phrase, unless it describes the noun after it (`lobbying firms`,
    `a staggering 56 percent`, `forward-leaning`)."""
    first = words[0]
    if not (first.islower() and first.endswith("ing") and len(first) >= 5) or "-" in first:
        return False
    nxt = words[1] if len(words) > 1 else ""
    return first not in MODIFIER_ING and not nxt[:1].isdigit()


def _authored(words: list[str]) -> bool:
    """`a study by the Harbour Institute`: a document followed by its author's name, which is the source."""
    for k, word in enumerate(words[:-1]):
        if word in {"by", "from"}:
            after = [w for w in words[k + 1 :] if w not in {"the", "a", "an"}]
            return bool(after) and after[0][:1].isupper()
        if word.lower() in PREPOSITIONS:
            return False
    return False


def _head(words: list[str]) -> str:
    """The head of a noun phrase: its last word before a preposition or a comma."""
    head = words[0] if words else ""
    for k, word in enumerate(words):
        if k > 0 and word.lower() in PREPOSITIONS:
            break
        head = word.rstrip(",")
        if word.endswith(","):
            break
    return head


def flags(result: ArticleResult) -> Iterator[Flag]:
    """The speakers of one story that fail the check, by name or by first mention."""
    for speaker in result.speakers:
        texts = [speaker.name] + [m.text for m in speaker.mentions[:1]]
        why = next((r for r in (reason(t, speaker.kind) for t in texts) if r is not None), None)
        if why is None and any(mark in speaker.name for mark in '"“”«»'):
            why = "quotation"  # a name run into the quotation after it; a mention may hold one before it
        if why is not None:
            yield Flag(result.article.path, why, speaker.kind, speaker.name)


def check(paths: Sequence[str], jobs: int = 1, suffix: str = ".txt") -> tuple[int, list[Flag]]:
    """Extract every story under `paths` whose file name ends with `suffix`; (stories read, flags)."""
    items = [item for item in iter_inputs(list(paths)) if item.path.endswith(suffix)]
    found: list[Flag] = []
    stories = 0
    for record in run(items, ExtractOptions(jobs=jobs)):
        if isinstance(record, ArticleResult):
            stories += 1
            found.extend(flags(record))
    return stories, found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", help="story files or folders (walked recursively)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--suffix", default=".txt", help="extract only files ending so (default .txt)")
    args = parser.parse_args(argv)
    stories, found = check(args.paths, args.jobs, args.suffix)
    for flag in found:
        print(f"{flag.story}\t{flag.reason}\t{flag.kind}\t{flag.name}")
    counts = Counter(f.reason for f in found)
    summary = ", ".join(f"{r} {n}" for r, n in sorted(counts.items())) or "none"
    print(f"{stories} stories, {len(found)} speakers flagged: {summary}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
