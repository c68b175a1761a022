"""The spaCy steps wireclaims adds to a pipeline, registered as factories so that a config.cfg can name them.

- `wire_paragraph_breaks`: a blank line always ends a sentence (`paragraph_breaks`); before the parser.
- `wire_entity_ruler`: organisations, agencies and places from the language data (`entity_patterns`);
  last, over the statistical entities.

The shipped pipeline's config names both, so `spacy.load(wireclaims.default_model_path())` is the pipeline
the CLI runs. Importing this module registers them (so does the `spacy_factories` entry point, on install).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from wireclaims.lang import en
from wireclaims.lang.places import PLACES

RULER_NAME = "wire_entity_ruler"
PARAGRAPHS_NAME = "wire_paragraph_breaks"


def entity_patterns() -> list[dict[str, Any]]:
    """Entity ruler patterns built from the language data (organisations, agencies, ministries)."""
    patterns: list[dict[str, Any]] = [{"label": "ORG", "pattern": name} for name in en.KNOWN_ORGANIZATIONS]
    # countries and dateline cities: `in Lagos` is a place, never a person
    patterns += [{"label": "LOC", "pattern": name} for name in sorted(PLACES - set(en.KNOWN_ORGANIZATIONS))]
    heads = list(en.ORGANIZATION_PATTERN_HEADS)
    # `Ministry of Foreign Affairs`, `Port Authority`, `Foreign Ministry`: capitalised words around a head.
    patterns.append(
        {"label": "ORG", "pattern": [{"LOWER": {"IN": [h.lower() for h in heads]}, "IS_TITLE": True},
                                     {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]}
    )  # fmt: skip
    patterns.append(
        {"label": "ORG", "pattern": [{"IS_TITLE": True, "IS_SENT_START": False, "OP": "+"},
                                     {"ORTH": {"IN": heads}}]}
    )  # fmt: skip
    return patterns


def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: the parser keeps boundaries set before it runs.

    Without this the model sometimes reads across a blank line and makes the line break the subject of the
    next paragraph's verb (`"..." <blank line> Tamsin Ortiz, a nurse, said`).
    """
    text = doc.text
    at = text.find("\n")
    while at >= 0:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end - 1].is_space:
            doc[span.end].is_sent_start = True
        end = span.end_char if span is not None else at + 1
        at = text.find("\n", max(end, at + 1))
    return doc


Language.component(PARAGRAPHS_NAME, func=paragraph_breaks)


class WireEntityRuler(EntityRuler):
    """An entity ruler whose patterns always come from the code's language data, never from disk.

    The patterns are added at the first Doc, once the whole pipeline (its tokenizer above all) is loaded:
    phrase patterns are matched on `ORTH`, so they only need tokenising. Saving writes nothing, loading reads
    nothing: a pipeline folder cannot hold patterns older than the word lists.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name, phrase_matcher_attr="ORTH", overwrite_ents=True)
        self._loaded = False

    def __call__(self, doc: Doc) -> Doc:
        if not self._loaded:
            self._loaded = True
            with self.nlp.select_pipes(enable=[]):  # tokenising only: no model runs on the patterns
                self.add_patterns(entity_patterns())
        result: Doc = super().__call__(doc)
        return result

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        return

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> WireEntityRuler:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> WireEntityRuler:
        return self


@Language.factory(RULER_NAME, assigns=["doc.ents", "token.ent_type", "token.ent_iob"])
def make_entity_ruler(nlp: Language, name: str) -> WireEntityRuler:
    """The `wire_entity_ruler` factory (see `WireEntityRuler`)."""
    return WireEntityRuler(nlp, name)
