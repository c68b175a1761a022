"""The `wireclaims` spaCy component: quotes, claims and speakers found in a Doc, in spaCy users' pipelines.

    nlp = spacy.load(wireclaims.default_model_path())  # or any English pipeline with a parser
    nlp.add_pipe("wireclaims")
    doc = nlp(text)
    doc._.quotes, doc._.claims, doc._.speakers      # the models of `wireclaims.models`
    doc.spans["quotes"], doc.spans["claims"], doc.spans["cues"]

The Doc is the story's body: paragraphs are separated by blank lines. A parse makes speakers and claims
(`doc.has_annotation("DEP")`); without one, sentence boundaries (`senter`, `sentencizer`) are enough for rules
alone, with fewer finds. The component never changes the Doc's tokens or their annotations.

Installing wireclaims registers the factory (a `spacy_factories` entry point); importing this module does too.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span

import wireclaims.steps  # noqa: F401 - the steps the shipped pipeline's config names, registered with it
from wireclaims.errors import MissingAnnotation
from wireclaims.extract import Extraction, extract
from wireclaims.models import Claim, Cue, Quote, Speaker

FACTORY = "wireclaims"
# Where the found records live on the Doc: JSON-ready dicts, so `doc.to_bytes()`, `DocBin` and
# `nlp.pipe(n_process=...)` serialise them; `doc._.quotes` and the others give them back as models.
_STORE = "wireclaims"
# A paragraph break: a line holding nothing but white space, and the white space around it.
_BREAK = re.compile(r"\s*\n[^\S\n]*\n\s*")


def paragraphs_of(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph of `text`: the runs between blank lines, white space trimmed.

    For a story's `article.text` (paragraphs joined by one blank line) these are `article.paragraphs`.
    """
    out: list[tuple[int, str]] = []
    at = 0
    for brk in [*_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        chunk = text[at:end]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            out.append((at + lead, chunk.strip()))
        at = brk.end() if brk is not None else end
    return out


def check_sentences(doc: Doc) -> None:
    """Extraction reads sentences: a Doc with tokens must have boundaries (a parser, `senter`, `sentencizer`).

    Raises:
        MissingAnnotation: the Doc has tokens and no sentence boundaries.
    """
    if len(doc) and not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        raise MissingAnnotation(
            "the Doc has no sentence boundaries: add a parser, 'senter' or 'sentencizer' before 'wireclaims'"
        )


def _models(kind: type[BaseModel], key: str) -> Any:
    def getter(doc: Doc) -> list[BaseModel] | None:
        stored = doc._.get(_STORE)
        return None if stored is None else [kind.model_validate(item) for item in stored[key]]

    return getter


def _register_extensions() -> None:
    """`doc._.quotes`, `doc._.claims`, `doc._.speakers` (None until the component ran), once per process."""
    if not Doc.has_extension(_STORE):
        Doc.set_extension(_STORE, default=None)
    for key, kind in (("quotes", Quote), ("claims", Claim), ("speakers", Speaker)):
        if not Doc.has_extension(key):
            Doc.set_extension(key, getter=_models(kind, key))


class WireclaimsComponent:
    """Runs wireclaims' attribution over a Doc (see the module's docstring)."""

    def __init__(self, nlp: Language, name: str = FACTORY) -> None:
        self.name = name
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        check_sentences(doc)
        found = (
            extract(doc, paragraphs_of(doc.text), doc.has_annotation("DEP"))
            if len(doc)
            else Extraction(speakers=[], quotes=[], claims=[], warnings=[])
        )
        _drop_caches(doc)
        doc._.set(
            _STORE,
            {
                "quotes": [q.model_dump(mode="json") for q in found.quotes],
                "claims": [c.model_dump(mode="json") for c in found.claims],
                "speakers": [s.model_dump(mode="json") for s in found.speakers],
                "warnings": list(found.warnings),
            },
        )
        doc.spans["quotes"] = [_span(doc, q.start, q.end, q.kind, q.id) for q in found.quotes]
        doc.spans["claims"] = [_span(doc, c.start, c.end, c.kind, c.id) for c in found.claims]
        doc.spans["cues"] = _cue_spans(doc, found)
        return doc


def _drop_caches(doc: Doc) -> None:
    """Extraction caches what it computes once per Doc in `doc.user_data` under `wireclaims.<name>` keys:
    objects that neither belong to the user's Doc nor serialise. They go once the Doc is done."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("wireclaims.")]:
        del doc.user_data[key]


def _span(doc: Doc, start: int, end: int, label: str, span_id: str) -> Span:
    """The tokens covering [start, end) (a quote may end inside a token: `"word"-`), labelled, with the id of
    the record it shows (`q1`, `c2`) as `span.id_`."""
    span = doc.char_span(start, end, label=label, span_id=span_id, alignment_mode="expand")
    if span is None:  # only offsets inside white space between tokens come here
        span = doc.char_span(start, end, label=label, span_id=span_id, alignment_mode="contract")
    return span if span is not None else Span(doc, 0, 0, label=label, span_id=span_id)


def _cue_spans(doc: Doc, found: Extraction) -> list[Span]:
    """One span per cue, labelled with its class, `id_` the first quote or claim it introduces."""
    seen: set[tuple[int, int]] = set()
    spans: list[Span] = []
    cued: list[tuple[Cue | None, str]] = [(q.cue, q.id) for q in found.quotes]
    cued += [(c.cue, c.id) for c in found.claims]
    for cue, owner in cued:
        if cue is not None and (cue.start, cue.end) not in seen:
            seen.add((cue.start, cue.end))
            spans.append(_span(doc, cue.start, cue.end, cue.cue_class, owner))
    return spans


@Language.factory(
    FACTORY,
    assigns=["doc._.quotes", "doc._.claims", "doc._.speakers", "doc._.wireclaims", "doc.spans"],
    requires=["doc.sents"],
)
def make_component(nlp: Language, name: str) -> WireclaimsComponent:
    """The `wireclaims` factory: `nlp.add_pipe("wireclaims")`."""
    return WireclaimsComponent(nlp, name)
