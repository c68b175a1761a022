"""The HTML report: one self-contained page with an index, corpus tables and every story marked up.

Self-contained means inline CSS and one small inline script, no fonts, images or links off the page; the
Content-Security-Policy allows exactly those two blocks (by hash) and nothing else, so even a story that
slipped past escaping could neither run a script nor load a resource. The page is a pure function of the
records: the same records give the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterable

from wireclaims.models import ArticleResult, Record
from wireclaims.render.corpus import Corpus
from wireclaims.render.html_story import PALETTE_SIZE, error_section, esc, story_section
from wireclaims.render.segments import plural

TOP = 20  # rows of the corpus tables


def _palette_css() -> str:
    # hues spread round the wheel, light enough behind black text; names take the darker shade
    rules = []
    for k in range(PALETTE_SIZE):
        hue = (210 + k * 137) % 360  # the golden angle keeps neighbouring speakers apart
        rules.append(
            f".qk{k}{{background:hsl({hue} 85% 86%);border-bottom:2px solid hsl({hue} 60% 45%)}}"
            f".mk{k}{{color:hsl({hue} 80% 34%)}}"
        )
    return "\n".join(rules)


CSS = (
    """
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff;margin:0}
main{max-width:62rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:0 0 .25rem}h3{font-size:1.05rem}
a{color:#0b57a4}.summary,.meta{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.75rem 0;font-size:.9rem}
th,td{text-align:left;padding:.2rem .6rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right}
.corpus{display:flex;flex-wrap:wrap;gap:0 2rem}
.story{border-top:1px solid #ccc;padding-top:1rem;margin-top:2rem}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:1.05rem;line-height:1.7;max-width:48rem}
.text a{text-decoration:none}.text a:not(.m){color:inherit}
.q{border-radius:2px}.qk-none{background:#e6e6e6;border-bottom:2px dashed #888}
.c{font-style:italic;box-shadow:inset 0 -0.45em 0 #f1e6c8}
.cue{text-decoration:underline 2px;text-underline-offset:3px;font-weight:600}
.m{font-weight:700}.hl{outline:2px solid #d33}
.sw{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border-radius:2px}
.speakers tr:target{background:#fff4c2}.legend span{padding:0 .25rem}
.failed .error,td.error{color:#a40000}.warnings{color:#7a5200;font-size:.9rem}
.none{color:#777}.up{font-size:.85rem}
"""
    + _palette_css()
    + "\n"
)

# Hovering a speaker's row outlines everything attributed to it in that story.
SCRIPT = """
document.querySelectorAll("tr[data-speaker]").forEach(function (row) {
  var id = row.getAttribute("data-speaker");
  var marks = Array.prototype.filter.call(
    row.closest("section").querySelectorAll("[data-speakers]"),
    function (m) { return m.getAttribute("data-speakers").split(" ").indexOf(id) >= 0; });
  function mark(on) { marks.forEach(function (m) { m.classList.toggle("hl", on); }); }
  row.addEventListener("mouseenter", function () { mark(true); });
  row.addEventListener("mouseleave", function () { mark(false); });
});
"""


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


POLICY = (
    f"default-src 'none'; style-src {_hash(CSS)}; script-src {_hash(SCRIPT)}; "
    "base-uri 'none'; form-action 'none'"
)


def report_html(records: Iterable[Record], *, title: str = "wireclaims report", top: int = TOP) -> str:
    """The report page for these records, read one at a time.

    Args:
        records: results and error records, in the order the index lists them.
        title: the page title and heading.
        top: rows of the most-quoted speakers and organisations tables.
    """
    corpus = Corpus()
    index: list[str] = []
    sections: list[str] = []
    for number, record in enumerate(records, 1):
        anchor = f"story-{number}"
        if isinstance(record, ArticleResult):
            corpus.add(record)
            index.append(_index_row(number, anchor, record))
            sections.append(story_section(anchor, record))
        else:
            corpus.errors += 1
            error = record.error
            index.append(
                f'<tr class="failed"><td class="n">{number}</td>'
                f'<td><a href="#{anchor}">{esc(record.article.id)}</a></td><td></td><td></td><td></td>'
                f'<td class="error">{esc(error.code)}: {esc(error.message)}</td></tr>'
            )
            sections.append(error_section(anchor, record))
    return _page(title, corpus, index, sections, top)


def _index_row(number: int, anchor: str, result: ArticleResult) -> str:
    article = result.article
    label = article.headline or article.id
    status = plural(len(result.warnings), "warning") if result.warnings else "ok"
    return (
        f'<tr><td class="n">{number}</td><td><a href="#{anchor}">{esc(label)}</a><br>'
        f'<code class="meta">{esc(article.id)}</code></td><td class="n">{len(result.quotes)}</td>'
        f'<td class="n">{len(result.claims)}</td><td class="n">{len(result.speakers)}</td>'
        f"<td>{status}</td></tr>"
    )


def _table(caption: str, headers: list[str], rows: list[list[str]], note: str = "") -> str:
    """A corpus table; cells are HTML already escaped; numeric columns start with "#"."""
    head = "".join(f"<th>{h.lstrip('#')}</th>" for h in headers)
    cells = ['<td class="n">{}</td>' if h.startswith("#") else "<td>{}</td>" for h in headers]
    body = "".join(
        "<tr>" + "".join(cell.format(c) for cell, c in zip(cells, row, strict=True)) + "</tr>" for row in rows
    )
    if not rows:
        body = f'<tr><td colspan="{len(headers)}" class="none">none</td></tr>'
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<div><h3>{caption}</h3>{note}{table}</div>"


def _corpus(corpus: Corpus, top: int) -> str:
    speakers = [
        [esc(t.name), esc(t.kind), esc(t.organisation or ""), str(t.stories), str(t.quotes), str(t.claims)]
        for t in corpus.top_speakers(top)
    ]
    organisations = [
        [esc(t.name), str(len(t.speakers)), str(t.stories), str(t.quotes), str(t.claims)]
        for t in corpus.top_organisations(top)
    ]
    cues = [
        [esc(t.cue_class), str(t.quotes), str(t.claims), esc(_commonest(t.lemmas))]
        for t in corpus.cue_classes()
        if t.quotes or t.claims
    ]

    def shown(count: int) -> str:
        return f'<p class="meta">top {min(top, count)} of {count}</p>' if count > top else ""

    return "".join(
        [
            _table(
                "Most-quoted speakers",
                ["speaker", "kind", "organisation", "#stories", "#quotes", "#claims"],
                speakers,
                shown(corpus.speaker_count),
            ),
            _table(
                "Organisations",
                ["organisation", "#speakers", "#stories", "#quotes", "#claims"],
                organisations,
                shown(corpus.organisation_count),
            ),
            _table("Cue classes", ["cue class", "#quotes", "#claims", "commonest cues"], cues),
        ]
    )


def _commonest(lemmas: Counter[str], shown: int = 6) -> str:
    """`say 25, tell 6`: the commonest cue lemmas with their counts; ties by lemma."""
    ranked = sorted(lemmas.items(), key=lambda item: (-item[1], item[0]))
    return ", ".join(f"{lemma} {count}" for lemma, count in ranked[:shown])


def _page(title: str, corpus: Corpus, index: list[str], sections: list[str], top: int) -> str:
    summary = " · ".join(
        [
            f"{plural(corpus.stories, 'story', 'stories')}, {plural(corpus.errors, 'error')}",
            plural(corpus.quotes, "quote"),
            plural(corpus.claims, "claim"),
            plural(corpus.speaker_count, "speaker"),
        ]
    )
    legend = (
        '<p class="legend meta"><span class="q qk0">quote</span> in its speaker\'s colour '
        '<span class="q qk-none">quote</span> without speaker <span class="m mk0">name</span> of a speaker '
        '<span class="cue">cue</span> <span class="c">claim</span> · hover a mark for its cue and '
        "confidence; hover a speaker's row to outline what it said</p>"
    )
    head = "<tr><th>#</th><th>story</th><th>quotes</th><th>claims</th><th>speakers</th><th>status</th></tr>"
    rows = "\n".join(index) or '<tr><td colspan="6" class="none">no inputs</td></tr>'
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title>",
            f"<style>{CSS}</style>",
            "</head>",
            "<body><main>",
            f"<h1>{esc(title)}</h1>",
            f'<p class="summary">{summary}</p>',
            legend,
            f'<nav id="index"><h2>Stories</h2><table class="index"><thead>{head}</thead>',
            f"<tbody>\n{rows}\n</tbody></table></nav>",
            '<section id="corpus"><h2>Across the stories</h2>',
            f'<div class="corpus">{_corpus(corpus, top)}</div></section>',
            *sections,
            f"</main><script>{SCRIPT}</script></body>",
            "</html>",
            "",
        ]
    )
