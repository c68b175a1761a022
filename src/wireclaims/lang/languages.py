"""Languages: which ones the extraction rules cover, how tags and names map to ISO 639-1 codes, and the
words of the markers that separate one language's block of a story from another's.

All of it is data: add a name to `LANGUAGE_NAMES` or a word to `BLOCK_MARKER_WORDS` to teach the loaders a
new marker; `wireclaims.loaders.language` holds the logic.
"""

from __future__ import annotations

# Languages the quote, claim and speaker rules are written for. A story in any other language keeps its
# record (headline, dateline, paragraphs) but is not analysed.
ANALYSED_LANGUAGES: frozenset[str] = frozenset({"en"})
# What a story's language is when neither the text nor the metadata says.
DEFAULT_LANGUAGE = "en"

# Below this many letters, statistical detection guesses (a headline-length text is often wrong): the
# metadata's language stands.
MIN_DETECTION_LETTERS = 120
# Detection reads at most this many characters: the opening of a long story is enough, and the
# detector's byte walk is plain Python.
MAX_DETECTION_CHARS = 4000
# Below this probability the detector is not believed either.
MIN_DETECTION_CONFIDENCE = 0.8

# Codes that name the same language for our purpose: metadata tag or detector label -> the code recorded.
# Norwegian Bokmål and Nynorsk are one language to the detector, which says `no`.
LANGUAGE_ALIASES: dict[str, str] = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi"}

# Language names as translation markers write them, in English and in the language itself -> code.
LANGUAGE_NAMES: dict[str, str] = {
    "english": "en", "engelsk": "en", "anglais": "en", "englisch": "en", "englanti": "en", "englanniksi": "en", "inglés": "en", "inglese": "en",
    "norwegian": "no", "norsk": "no", "bokmål": "no", "nynorsk": "no",
    "french": "fr", "français": "fr", "francais": "fr", "fransk": "fr",
    "german": "de", "deutsch": "de", "tysk": "de",
    "finnish": "fi", "suomi": "fi", "suomeksi": "fi",
    "swedish": "sv", "svenska": "sv", "svensk": "sv",
    "danish": "da", "dansk": "da",
    "spanish": "es", "español": "es", "espanol": "es",
    "italian": "it", "italiano": "it",
    "portuguese": "pt", "português": "pt",
    "dutch": "nl", "nederlands": "nl",
}  # fmt: skip

# The other words a language-block marker is made of: "Machine translation from Norwegian to English",
# "English version:", "Norsk originaltekst", "[Original text in French]". A marker paragraph holds only
# these words and language names (at least one name, or a word of `TRANSLATION_WORDS`).
BLOCK_MARKER_WORDS: frozenset[str] = frozenset({
    "machine", "translation", "translated", "translations", "automatic", "automated", "automatically",
    "unedited", "version", "original", "originaltekst", "text", "tekst", "texte", "from", "to", "into", "in",
    "the", "of", "story", "below", "follows", "follow", "oversettelse", "maskinoversettelse", "traduction",
    "automatique", "übersetzung", "maschinelle", "käännös", "konekäännös", "översättning", "maskinöversättning",
})  # fmt: skip
# A marker that names no language must at least say it is a translation ("Machine translation:").
TRANSLATION_WORDS: frozenset[str] = frozenset({
    "translation", "translated", "oversettelse", "maskinoversettelse", "traduction", "übersetzung",
    "käännös", "konekäännös", "översättning", "maskinöversättning",
})  # fmt: skip
# Words after which a marker names the block's language ("from Norwegian to English" is an English block).
TARGET_WORDS: frozenset[str] = frozenset({"to", "into"})
# A marker is a short paragraph: at most this many characters.
MAX_MARKER_LENGTH = 80

# A body without markers holds the story in two languages when each has at least this many paragraphs
# detected as that language, and at least this share of the detected paragraphs: one or two quoted
# paragraphs in another language inside an English story are no second part.
MIN_PART_PARAGRAPHS = 2
MIN_PART_SHARE = 0.25
# A paragraph is detected on its own from this many letters (fewer than a story needs: the part rules
# above ask for several paragraphs), when the detector is at least this sure.
MIN_PART_LETTERS = 60
MIN_PART_CONFIDENCE = 0.8
# The English part of a body in several languages may open with its own headline: a line of at most
# this many words, without a sentence end.
MAX_PART_HEADLINE_WORDS = 16
