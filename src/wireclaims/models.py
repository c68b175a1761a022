"""The output wire format. These pydantic models ARE the JSON that `wireclaims extract` writes.

Other tools and the evaluation read these keys: add fields freely, never rename them.
`schema/article.schema.json` is generated from them (`wireclaims schema`); a test fails when it drifts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from wireclaims import SCHEMA_VERSION

SpeakerKind = Literal["person", "organization", "group", "unknown"]
QuoteKind = Literal["direct", "partial", "block"]
ClaimKind = Literal["indirect", "mixed", "according-to"]
CueClass = Literal["neutral", "assertive", "hedged", "denial", "emotive", "other"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextSpan(_Model):
    """A span of `article.text`."""

    start: int = Field(ge=0, description="Start offset (inclusive) into article.text.")
    end: int = Field(ge=0, description="End offset (exclusive) into article.text.")
    text: str = Field(description="article.text[start:end].")


class Dateline(_Model):
    """The dateline split off the lead paragraph, as written."""

    location: str | None = Field(description="Place as written, e.g. 'MOSCOW' or 'DES MOINES, Iowa'.")
    date: str | None = Field(description="Date as written, e.g. 'Jan 30'; null when the dateline has none.")
    agency: str | None = Field(description="Agency as written in the dateline, e.g. 'Reuters', 'AP', 'AFP'.")


class Credit(_Model):
    """One role of the trailer, e.g. `(Reporting by X; Editing by Y)`."""

    role: str = Field(description="Role in lower case: 'reporting', 'writing', 'editing', ...")
    names: list[str] = Field(description="Names in the order given.")


class Article(_Model):
    """The story as read by the loader. Every span offset in the record indexes `text`."""

    id: str = Field(
        description="Stable id: the input's path relative to its root, or 'stdin'; item k of an input that "
        "holds several stories (a feed) adds '#k', e.g. 'feed.json#2'."
    )
    path: str = Field(description="The input path as given ('-' for stdin), for every item of it.")
    format: str = Field(description="Input format, e.g. 'text'.")
    headline: str | None = Field(description="Headline, or null when the story has none.")
    dateline: Dateline | None = Field(description="Dateline, or null when the story has none.")
    byline: list[str] = Field(description="Names from 'By ...' lines.")
    credits: list[Credit] = Field(description="Trailer credits with their roles.")
    language: str = Field(description="ISO 639-1 language code of the body.")
    encoding: str = Field(description="Character encoding the input was decoded from.")
    text: str = Field(description="Body text: paragraphs joined by a blank line.")
    paragraphs: list[TextSpan] = Field(description="Paragraph spans of `text`, in reading order.")
    published: str | None = Field(
        default=None,
        description="When this version was published, as the feed gives it (versionCreated, "
        "ThisRevisionCreated, date.issue), or null.",
    )
    version: str | None = Field(
        default=None, description="The item's version or revision in the feed, or null."
    )
    source_id: str | None = Field(
        default=None,
        description="The agency's item id (ninjs uri, G2 guid, NewsML PublicIdentifier, NITF doc-id).",
    )
    status: str | None = Field(
        default=None,
        description="What the headline's status marker said of this version, taken out of the headline: "
        "'corrected', 'refiled', 'updated 2', ...; null when it had none.",
    )
    slug: str | None = Field(
        default=None,
        description="The agency's keyword or slug line (ANPA `BC-US--Port Tolls`), never the headline; null "
        "when the format has none.",
    )


class SpeakerRef(_Model):
    """A reference from a quote or claim to its speaker."""

    id: str = Field(description="Id of an entry of `speakers`.")
    name: str = Field(description="The speaker's canonical name.")


class Cue(_Model):
    """The words that introduce reported speech: 'said', 'told', 'according to'."""

    text: str = Field(description="The cue as written.")
    lemma: str = Field(description="Lemma of the cue, e.g. 'say', 'tell', 'according to'.")
    cue_class: CueClass = Field(description="Class from the cue lexicon (see docs/cues.md).")
    start: int = Field(ge=0, description="Start offset into article.text.")
    end: int = Field(ge=0, description="End offset into article.text.")


class Speaker(_Model):
    """One real-world source per article, with every mention found."""

    id: str = Field(description="'s1', 's2', ... in order of first mention.")
    name: str = Field(description="Canonical name: the fullest form the article gives.")
    kind: SpeakerKind = Field(description="person, organization, group or unknown.")
    title: str | None = Field(description="Title or role, e.g. 'spokesman'.")
    organization: str | None = Field(description="Organisation the speaker speaks for, e.g. 'Kremlin'.")
    aliases: list[str] = Field(description="Other forms used for this speaker (surname, description).")
    mentions: list[TextSpan] = Field(description="Every mention linked to this speaker.")


class Quote(_Model):
    """Words in quotation marks (or a block quote) attributed to a speaker."""

    id: str = Field(description="'q1', 'q2', ... in reading order.")
    text: str = Field(description="The quoted words without the surrounding quotation marks.")
    start: int = Field(ge=0, description="Start offset into article.text.")
    end: int = Field(ge=0, description="End offset into article.text.")
    kind: QuoteKind = Field(description="direct, partial or block.")
    speaker: SpeakerRef | None = Field(description="Who said it, or null when unattributed.")
    cue: Cue | None = Field(description="Cue that introduces it, or null (follow-on, dash line).")
    paragraph: int = Field(ge=0, description="Index of the paragraph holding the quote.")
    attribution: str = Field(description="How the speaker was found: cue, pronoun, follow-on, dash-line, ...")
    confidence: float = Field(ge=0, le=1, description="Confidence in the attribution (see README).")


class Claim(_Model):
    """A proposition attributed to a source in reported speech."""

    id: str = Field(description="'c1', 'c2', ... in reading order.")
    content: str = Field(description="The reported proposition, without a leading 'that'.")
    start: int = Field(ge=0, description="Start offset into article.text.")
    end: int = Field(ge=0, description="End offset into article.text.")
    kind: ClaimKind = Field(description="indirect, mixed (holds a partial quote) or according-to.")
    source: SpeakerRef | None = Field(description="Who made the claim, or null.")
    cue: Cue | None = Field(description="Cue that introduces it.")
    quotes: list[str] = Field(description="Ids of quotes inside the claim.")
    confidence: float = Field(ge=0, le=1, description="Confidence in the attribution.")


class HeadlineClaim(_Model):
    """A claim the headline attributes (`..., Kremlin Confirms`). Offsets index `article.headline`."""

    id: str = Field(description="'h1', 'h2', ... in headline order.")
    content: str = Field(description="The attributed proposition as the headline writes it.")
    start: int = Field(ge=0, description="Start offset into article.headline.")
    end: int = Field(ge=0, description="End offset into article.headline.")
    kind: Literal["indirect", "direct"] = Field(
        description="direct when the headline puts the content in quotation marks, else indirect."
    )
    source_text: str = Field(description="The source as the headline names it, e.g. 'Kremlin'.")
    source: SpeakerRef | None = Field(
        description="The body's speaker the headline names (by name, alias or title), or null."
    )
    cue: Cue | None = Field(
        description="The cue word, its offsets into article.headline; null for `SOURCE: CONTENT` headlines."
    )
    layout: Literal["trailing", "leading", "colon"] = Field(
        description="`CONTENT, SOURCE CUE`, `SOURCE CUE CONTENT` or `SOURCE: CONTENT`."
    )
    confidence: float = Field(ge=0, le=1, description="Confidence in the attribution (see README).")


class Provenance(_Model):
    """What produced a record, so `extract --resume` can tell a finished story from one to redo."""

    input_sha256: str = Field(description="SHA-256 of the input's bytes, lower-case hex.")
    pipeline: str = Field(description="Pipeline name and version, e.g. 'en_wire_sm-0.1.0'.")
    wireclaims: str = Field(description="Version of wireclaims that wrote the record.")


class ArticleResult(_Model):
    """One record of `wireclaims extract` output for a story that was read."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Output schema version, '1.x'.")
    article: Article
    speakers: list[Speaker]
    quotes: list[Quote]
    claims: list[Claim]
    headline_claims: list[HeadlineClaim] = Field(
        default_factory=list, description="Claims the headline attributes to a source."
    )
    warnings: list[str] = Field(
        description="Problems tolerated while reading, e.g. an unbalanced quote mark."
    )
    provenance: Provenance | None = Field(
        default=None, description="Input hash, pipeline and version that produced the record."
    )


class ErrorDetail(_Model):
    """Why an input yielded no result."""

    code: str = Field(description="Documented error code, e.g. 'unreadable', 'encoding', 'not-a-story'.")
    message: str = Field(description="One line a person can act on.")


class ErrorArticle(_Model):
    """What is known of an input that failed."""

    id: str = Field(description="Stable id, as for a result.")
    path: str = Field(description="The input path as given.")
    format: str | None = Field(default=None, description="Detected format, when known.")


class ErrorRecord(_Model):
    """The record an input yields when it cannot be read or analysed."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Output schema version, '1.x'.")
    article: ErrorArticle
    error: ErrorDetail
    provenance: Provenance | None = Field(
        default=None, description="Input hash, pipeline and version; null when the input was never read."
    )


Record = ArticleResult | ErrorRecord
