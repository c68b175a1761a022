"""Rendering records for people: a rich view for the terminal and a self-contained HTML report.

The modules here return data (rich renderables, strings) and print nothing; the CLI decides where they go.
`segments` is what both renderers share: the story text cut into pieces that each carry their marks.
`records` gives them records: read from wireclaims JSON or JSON Lines output, or extracted from stories.
"""
