"""wireclaims: turn raw news wire stories into attributed data.

Importing the package is cheap: spaCy is loaded only when a story is analysed.
"""

from __future__ import annotations

__version__ = "0.1.0"
SCHEMA_VERSION = "1.2"

__all__ = ["SCHEMA_VERSION", "__version__"]
