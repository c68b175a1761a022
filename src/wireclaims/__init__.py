"""wireclaims: turn raw news wire stories into attributed data.

    import wireclaims

    record = wireclaims.extract_text('"We are ready," said Ada Obi, the port director.')
    record.quotes[0].speaker.name  # 'Ada Obi'

The API (`wireclaims.api`): `extract_text`, `extract_story`, `extract_files`, `load`; the records are the
pydantic models of `wireclaims.models`, re-exported here; errors are the classes of `wireclaims.errors`.
The spaCy component is `nlp.add_pipe("wireclaims")` (`wireclaims.component`).

Importing the package is cheap: each name below is imported on first use, and spaCy only when a story is
analysed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
SCHEMA_VERSION = "1.2"

# Public name -> the module that defines it, imported on first access (PEP 562).
_LAZY = {
    "extract_text": "wireclaims.api",
    "extract_story": "wireclaims.api",
    "extract_files": "wireclaims.api",
    "load": "wireclaims.api",
    "default_model_path": "wireclaims.nlp",
    "ExtractOptions": "wireclaims.options",
    "Story": "wireclaims.story",
    "Record": "wireclaims.models",
    "ArticleResult": "wireclaims.models",
    "ErrorRecord": "wireclaims.models",
    "Article": "wireclaims.models",
    "Speaker": "wireclaims.models",
    "SpeakerRef": "wireclaims.models",
    "Quote": "wireclaims.models",
    "Claim": "wireclaims.models",
    "Cue": "wireclaims.models",
    "HeadlineClaim": "wireclaims.models",
    "TextSpan": "wireclaims.models",
    "WireclaimsError": "wireclaims.errors",
    "InputError": "wireclaims.errors",
    "ModelError": "wireclaims.errors",
}

__all__ = ["SCHEMA_VERSION", "__version__", *_LAZY]

if TYPE_CHECKING:
    from wireclaims.api import extract_files as extract_files
    from wireclaims.api import extract_story as extract_story
    from wireclaims.api import extract_text as extract_text
    from wireclaims.api import load as load
    from wireclaims.errors import InputError as InputError
    from wireclaims.errors import ModelError as ModelError
    from wireclaims.errors import WireclaimsError as WireclaimsError
    from wireclaims.models import Article as Article
    from wireclaims.models import ArticleResult as ArticleResult
    from wireclaims.models import Claim as Claim
    from wireclaims.models import Cue as Cue
    from wireclaims.models import ErrorRecord as ErrorRecord
    from wireclaims.models import HeadlineClaim as HeadlineClaim
    from wireclaims.models import Quote as Quote
    from wireclaims.models import Record as Record
    from wireclaims.models import Speaker as Speaker
    from wireclaims.models import SpeakerRef as SpeakerRef
    from wireclaims.models import TextSpan as TextSpan
    from wireclaims.nlp import default_model_path as default_model_path
    from wireclaims.options import ExtractOptions as ExtractOptions
    from wireclaims.story import Story as Story


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wireclaims' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
