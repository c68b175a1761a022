"""Language knowledge, kept apart from logic: one module per language, chosen by `for_language`.

To add a language, write a module with the same names as `en.py` and add it to `LANGUAGES`.
"""

from __future__ import annotations

from types import ModuleType

from wireclaims.lang import en

LANGUAGES: dict[str, ModuleType] = {"en": en}


def for_language(code: str) -> ModuleType:
    """Return the language data module for an ISO 639-1 code (English when unknown)."""
    return LANGUAGES.get(code, en)
