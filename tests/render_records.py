"""Records built by hand for the rendering tests: spans are given as phrases of the text, not offsets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from wireclaims.models import (
    Article,
    ArticleResult,
    Claim,
    Cue,
    ErrorArticle,
    ErrorDetail,
    ErrorRecord,
    Quote,
    Speaker,
    SpeakerRef,
    TextSpan,
)

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "expected"

# (phrase, speaker index or None, cue phrase or None); a phrase may end in "#2" for its second occurrence
Span = tuple[str, int | None, str | None]


def span(text: str, phrase: str) -> tuple[int, int]:
    """Offsets of `phrase` in `text`; `phrase#n` is its n-th occurrence."""
    phrase, _, nth = phrase.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def record(
    text: str,
    speakers: Sequence[str] = (),
    quotes: Sequence[Span] = (),
    claims: Sequence[Span] = (),
    *,
    headline: str | None = "Port fees rise",
    article_id: str = "t.txt",
    titles: dict[str, str] | None = None,
    warnings: Sequence[str] = (),
) -> ArticleResult:
    """A result for `text`; each speaker's mentions are its name's occurrences in the text."""
    people = []
    for n, name in enumerate(speakers, 1):
        mentions = []
        at = text.find(name)
        while name and at >= 0:
            mentions.append(TextSpan(start=at, end=at + len(name), text=name))
            at = text.find(name, at + len(name))
        people.append(
            Speaker(
                id=f"s{n}",
                name=name,
                kind="person",
                title=(titles or {}).get(name),
                organization=(titles or {}).get(f"{name}@org"),
                aliases=[],
                mentions=mentions,
            )
        )

    def ref(index: int | None) -> SpeakerRef | None:
        return None if index is None else SpeakerRef(id=people[index].id, name=people[index].name)

    def cue(phrase: str | None) -> Cue | None:
        if phrase is None:
            return None
        start, end = span(text, phrase)
        return Cue(text=text[start:end], lemma="say", cue_class="neutral", start=start, end=end)

    built_quotes = []
    for n, (phrase, who, cue_phrase) in enumerate(quotes, 1):
        start, end = span(text, phrase)
        built_quotes.append(
            Quote(id=f"q{n}", text=text[start:end], start=start, end=end, kind="direct", speaker=ref(who),
                  cue=cue(cue_phrase), paragraph=0, attribution="cue", confidence=0.9)
        )  # fmt: skip
    built_claims = []
    for n, (phrase, who, cue_phrase) in enumerate(claims, 1):
        start, end = span(text, phrase)
        inside = [q.id for q in built_quotes if start <= q.start and q.end <= end]
        built_claims.append(
            Claim(id=f"c{n}", content=text[start:end], start=start, end=end, kind="indirect", source=ref(who),
                  cue=cue(cue_phrase), quotes=inside, confidence=0.75)
        )  # fmt: skip
    article = Article(
        id=article_id,
        path=f"stories/{article_id}",
        format="text",
        headline=headline,
        dateline=None,
        byline=[],
        credits=[],
        language="en",
        encoding="utf-8",
        text=text,
        paragraphs=[TextSpan(start=0, end=len(text), text=text)] if text else [],
    )
    return ArticleResult(
        article=article,
        speakers=people,
        quotes=built_quotes,
        claims=built_claims,
        warnings=list(warnings),
    )


def error(
    article_id: str = "bad.txt", code: str = "not-a-story", message: str = "the input is empty"
) -> ErrorRecord:
    """An error record."""
    return ErrorRecord(
        article=ErrorArticle(id=article_id, path=f"stories/{article_id}", format=None),
        error=ErrorDetail(code=code, message=message),
    )


def expected_results() -> list[Path]:
    """Every expected result of the fixture stories (tests/expected), sorted."""
    return sorted(EXPECTED.glob("*/*.json"))
