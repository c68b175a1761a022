"""`wireclaims.names`: one answer to "same person?" for the registry, headline linking and evaluation.

Rows read like annotation: two names (with kinds, and aliases where they matter) and whether they are one.
"""

from __future__ import annotations

import pytest

from wireclaims.names import Name, family_key, given_names, name_key, normalize, same_name, same_person


@pytest.mark.parametrize(
    "text, key",
    [
        ("Ms. Ana Ortiz", "ana ortiz"),
        ("Dr. Ortiz", "ortiz"),
        ("Sen. Gov. Tomas Brandt", "tomas brandt"),
        ("Ortiz's", "ortiz"),
        ("Ms. Ortiz’s", "ortiz"),
        ("the Evans'", "evans"),
        ("The Harbour Authority", "harbour authority"),
        ("A. Smith", "a smith"),
        # negatives: a lone honorific is the name; an article that is an initial stays
        ("Dr.", "dr"),
        ("A Smith", "smith"),
    ],
)
def test_name_key_drops_case_article_honorific_and_possessive(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gov.", "governor"),
        ("the Sen. for Ohio", "senator for ohio"),
        ("Port Authority", "port authority"),
        (None, ""),
    ],
)
def test_normalize_spells_out_title_abbreviations(text: str | None, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    "name, family, given",
    [
        ("Ludwig van Beethoven", "beethoven", ["ludwig"]),
        ("van Beethoven", "beethoven", []),
        ("Karim al-Fadli", "fadli", ["karim"]),
        ("Tomas Ruiz Jr.", "ruiz", ["tomas"]),
        ("Maria de la Cruz", "cruz", ["maria"]),
        ("Governor Ana Ruiz", "ruiz", ["ana"]),
        ("Mr. Okafor", "okafor", []),
        ("Folake Adeyemi-Okafor", "adeyemi-okafor", ["folake"]),
    ],
)
def test_family_and_given_names_leave_out_particles_titles_and_suffixes(
    name: str, family: str, given: list[str]
) -> None:
    assert (family_key(name), given_names(name)) == (family, given)


@pytest.mark.parametrize(
    "a, b, same, to_registry",
    [
        ("Ms. Ortiz", "Ortiz", True, True),
        ("Ortiz", "Ana Ortiz", True, True),
        ("Ms. Ortiz", "Ana Ortiz", True, True),
        ("Ortiz's", "Ana Ortiz", True, True),
        ("J. Smith", "John Smith", True, True),
        ("J.R. Smith", "John Smith", True, True),
        ("John R. Smith", "John Smith", True, True),
        ("van Beethoven", "Ludwig van Beethoven", True, True),
        ("Beethoven", "Ludwig van Beethoven", True, True),
        ("Fadli", "Karim al-Fadli", True, True),
        ("Tomas Ruiz Jr.", "Ruiz", True, True),
        ("Governor Ana Ruiz", "Ana Ruiz", True, True),
        ("Pierre Duval", "Jean-Pierre Duval", True, True),
        # words before the given name: one person to evaluation (`prefixed`), two to the registry
        ("Olu Tayo Bello", "Tayo Bello", True, False),
        ("passenger Derek Moss", "Derek Moss", True, False),
        ("Lynn Boyle and Derek Moss", "Derek Moss", True, False),
        # negatives: other given names, other initials, surnames one letter apart, hyphenated halves
        ("Juan Ortiz", "Ana Ortiz", False, False),
        ("J. Smith", "A. Smith", False, False),
        ("Evans", "Evan", False, False),
        ("Adeyemi", "Folake Adeyemi-Okafor", False, False),
        ("", "", False, False),
    ],
)
def test_same_name_by_surname_and_given_names(a: str, b: str, same: bool, to_registry: bool) -> None:
    assert same_name(a, b, prefixed=True) is same
    assert same_name(b, a, prefixed=True) is same
    assert same_name(a, b) is to_registry


@pytest.mark.parametrize(
    "a, b, same",
    [
        (Name("Ana Ortiz", "person"), Name("Ms. Ortiz", "person"), True),
        (Name("Ana Ortiz", "person"), Name("Ortiz", "unknown"), True),
        (Name("the ministry", "organization"), Name("Health Ministry", "organization"), True),
        (Name("foreign ministry", "organization"), Name("Congo's Foreign Ministry", "organization"), True),
        (Name("the centre", "organization"), Name("Tsunami Warning Center", "organization"), True),
        (Name("the minister", "person", ("Ana Ortiz",)), Name("Ortiz", "person"), True),  # by an alias
        # an alias's surname, never its given names: `Ruiz` is Ana's alias, and Juan is someone else
        (Name("Ana Ruiz", "person", ("Ruiz",)), Name("Juan Ruiz", "person"), False),
        # negatives: a surname never joins a person to a body; bodies need their whole name
        (Name("Ortiz", "organization"), Name("Ana Ortiz", "person"), False),
        (Name("Ortiz Holdings", "organization"), Name("Ortiz", "person"), False),
        (Name("Health Ministry", "organization"), Name("Finance Ministry", "organization"), False),
        (Name("Ministry", "organization"), Name("Ministry of Health", "organization"), False),
        (Name("Evans", "person"), Name("Evan", "person"), False),
        (Name("Juan Ruiz", "unknown"), Name("Ana Ruiz", "person"), False),
        (Name("Ana Ortiz", "person"), Name("Ortiz Bank", "unknown"), False),
    ],
)
def test_same_person_by_forms_surnames_and_kinds(a: Name, b: Name, same: bool) -> None:
    assert same_person(a, b) is same
    assert same_person(b, a) is same
