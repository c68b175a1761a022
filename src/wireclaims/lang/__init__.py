"""Language knowledge, kept apart from logic: word lists and patterns, one module per topic.

The extraction rules are English (`en.py` and the topic modules beside it); a story in another language
keeps its record without extraction (`loaders/language.py`). Teaching the rules a word is a list edit here,
never a code change.
"""
