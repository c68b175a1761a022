"""Credit lines in English story trailers (`Reporting by ...; Editing by ...`).

Extend `CREDIT_ROLES` by adding the words as written (lower case) and the role recorded.
"""

from __future__ import annotations

# Credit roles in trailers: the words as written -> the role recorded.
CREDIT_ROLES: dict[str, str] = {
    "reporting by": "reporting",
    "additional reporting by": "additional reporting",
    "writing by": "writing",
    "written by": "writing",
    "editing by": "editing",
    "edited by": "editing",
    "compiled by": "compiling",
    "graphics by": "graphics",
    "photos by": "photos",
    "research by": "research",
}
