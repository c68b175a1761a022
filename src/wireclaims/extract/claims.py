"""Claims: reported speech on the dependency parse (`X said (that) CLAUSE`, `according to X, CLAUSE`).

Needs a parser; on a pipeline without one, only `according to` claims are found. Each form has its module:
`according`, `complement_claims` (and its fallback `fronted_claims`), `nominal_claims`; `claim_filter`
weighs them against the quotes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wireclaims.extract.according import according_to_claims
from wireclaims.extract.claim_filter import filter_claims
from wireclaims.extract.claim_parts import ClaimFinding
from wireclaims.extract.complement_claims import complement_claims
from wireclaims.extract.nominal_claims import nominal_claims

__all__ = ["ClaimFinding", "find_claims"]


def find_claims(doc: Doc, quote_spans: list[tuple[int, int, str]], has_parser: bool) -> list[ClaimFinding]:
    """Claims in reading order.

    Args:
        quote_spans: (start, end, kind) of the quotes already found; a clause that is a direct quote is not a
            claim, and one that holds a partial quote is a mixed claim.
    """
    findings: list[ClaimFinding] = []
    for sent in doc.sents:
        findings.extend(according_to_claims(doc, sent, has_parser))
        if has_parser:
            findings.extend(complement_claims(doc, sent, has_parser))
            findings.extend(nominal_claims(doc, sent))
    return filter_claims(doc, findings, quote_spans)
