"""The spaCy steps wireclaims adds to a pipeline, registered as factories so that a config.cfg can name them.

- `wire_paragraph_breaks`: a blank line always ends a sentence (`nlp.paragraph_breaks`); before the parser.
- `wire_entity_ruler`: organisations, agencies and places from the language data (`nlp.entity_patterns`);
  last, over the statistical entities.

The shipped pipeline's config names both, so `spacy.load(wireclaims.default_model_path())` is the pipeline
the CLI runs. Importing this module registers them (so does the `spacy_factories` entry point, on install).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from wireclaims.nlp import PARAGRAPHS_NAME, RULER_NAME, entity_patterns, paragraph_breaks

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
