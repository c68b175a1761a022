"""Month names of the languages wire services write in, for datelines (`3 mars 2025`, `4 mar`, `Mar 4`).

Keyed by ISO 639-1 code; each entry lists full names and the agencies' abbreviations. Extend by adding a
language's names here: the dateline patterns are built from `ALL_MONTHS`.
"""

from __future__ import annotations

import re

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr", "May", "June", "Jun", "July",
        "Jul", "August", "Aug", "September", "Sept", "Sep", "October", "Oct", "November", "Nov", "December",
        "Dec",
    ),
    "fr": (
        "janvier", "janv", "février", "févr", "fév", "mars", "avril", "avr", "mai", "juin", "juillet",
        "juil", "août", "septembre", "sept", "octobre", "oct", "novembre", "nov", "décembre", "déc",
    ),
    "de": (
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "Okt", "November", "Dezember", "Dez",
    ),
    "es": (
        "enero", "ene", "febrero", "marzo", "abril", "abr", "mayo", "junio", "julio", "agosto", "ago",
        "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "dic",
    ),
    "it": (
        "gennaio", "gen", "febbraio", "marzo", "aprile", "maggio", "mag", "giugno", "giu", "luglio", "lug",
        "agosto", "settembre", "set", "ottobre", "ott", "novembre", "dicembre",
    ),
    "nb": (
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "desember", "des",
    ),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "oktober"),
    "fi": (
        "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
        "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
    ),
    "nl": ("januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober"),
    "pt": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
        "outubro", "novembro", "dezembro",
    ),
}  # fmt: skip

# Every month name, longest first so that `March` wins over `Mar`; matched case-insensitively.
ALL_MONTHS = "|".join(
    re.escape(m) for m in sorted({m for names in MONTHS.values() for m in names}, key=len, reverse=True)
)
