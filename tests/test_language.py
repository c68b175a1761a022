"""Language: `article.language` from the text (the metadata a hint), stories in other languages kept but
not analysed, and bodies that hold the story in several languages.

The fixtures are invented stories: Norwegian NITF, French NewsML 1.2 (whose metadata wrongly says
English), German IPTC 7901, and a NewsML-G2 story in Finnish with an English machine translation below it.
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from wireclaims.inputs import InputItem
from wireclaims.loaders import load
from wireclaims.loaders.language import (
    detect_language,
    language_tag,
    marker_language,
    not_analysed,
    split_blocks,
    with_language,
)
from wireclaims.run.analyse import analyse_story
from wireclaims.story import Story

FORMATS = Path(__file__).parent / "fixtures" / "formats"

ENGLISH = (
    "The harbour board of Port Ellen said on Monday that dredging would start in April, so that larger "
    "cargo ships could call at the quay before the summer season begins."
)
FRENCH = (
    "Le conseil du port a annoncé lundi que les travaux de dragage commenceraient en avril, afin que des "
    "cargos plus grands puissent accoster au quai avant le début de la saison d'été."
)
NORWEGIAN = (
    "Havnestyret opplyste mandag at mudringen starter i april, slik at større lasteskip kan legge til ved "
    "kaia før sommersesongen begynner, og at arbeidet vil ta rundt seks uker."
)

ENGLISH_2 = (
    "Shipping companies welcomed the plan, but fishermen asked the board to keep one berth free for their "
    "boats during the weeks of work."
)
NORWEGIAN_2 = (
    "Rederiene tok godt imot planen, men fiskerne ba havnestyret holde av én kaiplass til båtene sine mens "
    "arbeidet pågår."
)
FRENCH_2 = (
    "Les armateurs ont salué le projet, mais les pêcheurs ont demandé au conseil de garder un poste libre "
    "pour leurs bateaux pendant les travaux."
)

HEADLINE = "Harbour dredging to start in April"


def _load(relative: str) -> Story:
    path = FORMATS / relative
    return load(path.read_bytes(), path.name)


def _story(paragraphs: tuple[str, ...], language: str | None = None) -> Story:
    return Story(headline="Port news", paragraphs=paragraphs, format="text", language=language)


def _language_warnings(story: Story) -> list[str]:
    return [w for w in story.warnings if "language" in w]


@pytest.mark.parametrize(
    "fixture, language, warnings",
    [
        ("nitf/ferje-streik.xml", "no", []),  # baselang nb-NO: Bokmål is `no` to the detector, no conflict
        ("text/ferje-streik.txt", "no", []),  # no metadata at all: the text decides
        (
            "newsml-1.2/marche-nocturne.xml",
            "fr",
            ["the metadata gives the language as 'en' but the text reads as 'fr'; 'fr' is recorded"],
        ),
        ("anpa/hafen-lindau.iptc", "de", []),
        ("nitf/orchard-frost.xml", "en", []),  # negative: English text, English metadata
        ("anpa/elbe-ferry.iptc", "en", []),  # negative: a German agency writing in English
    ],
)
def test_language_comes_from_the_text_and_a_disagreeing_hint_is_recorded(fixture, language, warnings):
    story = _load(fixture)
    assert (story.language, _language_warnings(story)) == (language, warnings)


@pytest.mark.parametrize(
    "paragraphs, hint, language",
    [
        (("Port closed.",), "fr", "fr"),  # too short to tell: the metadata stands
        (("Port closed.",), None, "en"),  # too short and no metadata: English
        (("Le port est fermé.",), "de", "de"),  # short French: still the metadata's, never a guess
        ((FRENCH,), None, "fr"),
        ((NORWEGIAN,), "nb-NO", "no"),
        ((ENGLISH,), "en-GB", "en"),  # negative: a regional tag is its language
    ],
)
def test_short_text_falls_back_to_the_metadata_or_english(paragraphs, hint, language):
    assert with_language(_story(paragraphs, hint)).language == language


@pytest.mark.parametrize(
    "tag, code",
    [("en-GB", "en"), ("nb_NO", "no"), ("nn", "no"), ("NO", "no"), ("fr", "fr"), ("", None), (None, None),
     ("x-klingon", None), ("english", None), ("12", None)],
)  # fmt: skip
def test_language_tags_become_iso_639_1_codes(tag, code):
    assert language_tag(tag) == code


@pytest.mark.parametrize(
    "paragraph, language",
    [
        ("Machine translation to English:", "en"),
        ("--- English ---", "en"),
        ("[English version]", "en"),
        ("Machine translation from Norwegian to English", "en"),
        ("Norsk originaltekst:", "no"),
        ("Original text in French", "fr"),
        ("KONEKÄÄNNÖS ENGLANNIKSI", "en"),
        ("English fans said the match was fine.", None),  # a sentence, not a marker
        ("Machine translation firm raises funds", None),
        ("Machine translation:", None),  # a marker, but it names no language
        ("English", "en"),
        ("In English, the word has two meanings, which the court must now weigh carefully.", None),
    ],
)
def test_language_block_markers_name_their_language(paragraph, language):
    assert marker_language(paragraph) == language


def test_body_in_several_languages_keeps_only_the_english_part():
    story = _load("newsml-g2/sauna-bridge.xml")
    assert story.language == "en"
    assert story.paragraphs[0].startswith("The sauna jetty at the Kuusijärvi beach")
    assert len(story.paragraphs) == 3
    # the metadata's `fi` describes the original, which was dropped: no disagreement is reported; the
    # English part opens with no headline of its own, so the item's (Finnish) headline stays, with a note
    assert story.headline == "Kuusijärven saunasilta suljetaan jäävaurioiden vuoksi"
    assert _language_warnings(story) == [
        "the body holds the story in several languages: the fi part (3 paragraphs) was dropped and only the "
        "en part is kept",
        "the en part of the body gives no headline of its own: the item's headline is kept, and may be in "
        "the language of a dropped part",
    ]


@pytest.mark.parametrize(
    "paragraphs, kept, dropped",
    [
        ((ENGLISH, "--- French ---", FRENCH), (ENGLISH,), ["fr"]),  # the English part comes first
        ((NORWEGIAN, "Machine translation to English:", ENGLISH, "[French version]", FRENCH), (ENGLISH,),
         ["no", "fr"]),
        ((NORWEGIAN, "--- French ---", FRENCH), (NORWEGIAN,), ["fr"]),  # no English part: the first stays
        (("English version:", ENGLISH), (ENGLISH,), []),  # one part: its lone marker goes, nothing else
        ((ENGLISH, "Machine translation:", FRENCH), (ENGLISH,), ["fr"]),  # a marker naming no language
        ((ENGLISH, FRENCH), (ENGLISH, FRENCH), []),  # negative: no marker, no split
        ((ENGLISH, "Translation:", ENGLISH), (ENGLISH, "Translation:", ENGLISH), []),  # negative: 1 language
    ],
)  # fmt: skip
def test_each_language_part_is_recognised_and_the_others_are_dropped_with_a_warning(
    paragraphs, kept, dropped
):
    story = with_language(_story(paragraphs))
    warned = [w for w in story.warnings if "several languages" in w]
    assert story.paragraphs == kept
    assert [re.search(r"the (\w+) part \(", w).group(1) for w in warned] == dropped  # type: ignore[union-attr]


def test_split_blocks_gives_each_marker_its_block():
    blocks = split_blocks((NORWEGIAN, "Machine translation to English:", ENGLISH))
    assert [(b.named, len(b.paragraphs)) for b in blocks] == [(None, 1), ("en", 1)]


@pytest.mark.parametrize(
    "fixture, english",
    [
        ("nitf/ferje-streik.xml", False),
        ("newsml-1.2/marche-nocturne.xml", False),
        ("anpa/hafen-lindau.iptc", False),
        ("newsml-g2/sauna-bridge.xml", True),  # negative: its English part is analysed
        ("nitf/orchard-frost.xml", True),
    ],
)
def test_story_in_another_language_keeps_its_record_without_english_rules(fixture, english, pipeline):
    story = _load(fixture)
    result = analyse_story(story, InputItem(fixture, fixture, Path(fixture)), pipeline)
    assert result.article.headline and result.article.paragraphs
    analysed = bool(result.quotes)
    skipped = [w for w in result.warnings if "extraction rules are English" in w]
    assert (analysed, bool(skipped)) == (english, not english)
    if not english:
        assert (result.speakers, result.claims, result.headline_claims) == ([], [], [])
        assert not_analysed(story) == skipped[0]


def test_detection_uses_the_model_inside_the_package_without_the_network(monkeypatch):
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("language detection must not use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert (detect_language(FRENCH), detect_language(NORWEGIAN), detect_language("Port closed.")) == (
        "fr",
        "no",
        None,
    )


@pytest.mark.parametrize(
    "paragraphs, kept, dropped",
    [
        # two languages, no marker: each paragraph is detected, and only the English part is analysed
        ((NORWEGIAN, NORWEGIAN_2, ENGLISH, ENGLISH_2), (ENGLISH, ENGLISH_2), ["no"]),
        ((ENGLISH, ENGLISH_2, FRENCH, FRENCH_2), (ENGLISH, ENGLISH_2), ["fr"]),
        # paragraph by paragraph, alternating: the English paragraphs are the English part
        ((NORWEGIAN, ENGLISH, NORWEGIAN_2, ENGLISH_2), (ENGLISH, ENGLISH_2), ["no"]),
        # no English part: the first language's part stays
        ((NORWEGIAN, NORWEGIAN_2, FRENCH, FRENCH_2), (NORWEGIAN, NORWEGIAN_2), ["fr"]),
        # negatives: one paragraph in another language (a quote, say) is no part; one language is no split
        ((ENGLISH, FRENCH, ENGLISH_2, ENGLISH), (ENGLISH, FRENCH, ENGLISH_2, ENGLISH), []),
        ((ENGLISH, ENGLISH_2, ENGLISH, ENGLISH_2), (ENGLISH, ENGLISH_2, ENGLISH, ENGLISH_2), []),
        ((NORWEGIAN, NORWEGIAN_2), (NORWEGIAN, NORWEGIAN_2), []),
    ],
)
def test_body_in_two_languages_without_markers_keeps_the_english_part_with_a_warning(
    paragraphs, kept, dropped
):
    story = with_language(_story(paragraphs))
    warned = [w for w in story.warnings if "several languages" in w]
    assert story.paragraphs == kept
    assert [re.search(r"the (\w+) part \(", w).group(1) for w in warned] == dropped  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "paragraphs, headline, lead, noted",
    [
        # the English part opens with its own headline: it becomes the headline and leaves the body
        ((NORWEGIAN, "Machine translation to English:", HEADLINE, ENGLISH, ENGLISH_2),
         HEADLINE, ENGLISH, False),
        # its lead repeats the item's dateline: the dateline leaves the English lead too
        ((NORWEGIAN, "--- English ---", HEADLINE, f"RØDVIK (NTB): {ENGLISH}"), HEADLINE, ENGLISH, False),
        # negatives: no headline-shaped line opens the English part: the item's headline stays, with a note
        ((NORWEGIAN, "Machine translation to English:", ENGLISH, ENGLISH_2), "Havnenytt", ENGLISH, True),
        ((NORWEGIAN, "--- English ---", "The board said:", ENGLISH), "Havnenytt", "The board said:", True),
        # one language: nothing moves, nothing is noted
        ((ENGLISH, ENGLISH_2), "Havnenytt", ENGLISH, False),
    ],
)  # fmt: skip
def test_headline_follows_the_english_part_where_it_gives_one(paragraphs, headline, lead, noted):
    story = with_language(Story(headline="Havnenytt", paragraphs=paragraphs, format="text", language="no"))
    assert (story.headline, story.paragraphs[0]) == (headline, lead)
    assert any("gives no headline of its own" in w for w in story.warnings) == noted


def test_fixture_in_norwegian_with_an_english_part_takes_the_english_headline_and_nordic_dateline():
    story = _load("nitf/kaimur.xml")
    assert (story.language, story.headline) == ("en", "Quay wall collapses in Rødvik harbour")
    assert (story.dateline.location, story.dateline.agency) == ("RØDVIK", "NTB")  # type: ignore[union-attr]
    assert story.paragraphs[0].startswith("A twenty-metre section of the quay wall")


def test_fixture_in_two_languages_without_markers_keeps_the_english_part():
    story = _load("newsml-g2/ore-train.xml")
    assert story.language == "en"
    assert story.paragraphs[0].startswith("An avalanche across the railway")
    assert _language_warnings(story)[0] == (
        "the body holds the story in several languages: the sv part (3 paragraphs) was dropped and only "
        "the en part is kept"
    )
