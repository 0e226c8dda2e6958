"""MkDocs hook: code blocks that cost little to draw, and whose height is known before.

- Fewer elements. Pygments wraps every token of a code block in a `<span>`, names and
  whitespace included: a chapter's code is about half of its 5,000-8,500 elements, and the
  browser styles and lays out each of them. Material draws names (class `n`) in the code's own
  colour and gives whitespace (class `w`) no style, so those spans are dropped and their text
  kept: about 13,000 elements fewer across the site.
- A known height. A block the reader has not reached yet is not drawn (docs/stylesheets/
  extra.css) and stands in at the height it will have. Code does not wrap, so its height
  follows from its number of lines, which each `<pre>` carries as `--gradbook-lines`.

It runs after hooks/notebooks.py, so notebook pages (code cells and their outputs) get the same.
"""

import re

from mkdocs.plugins import event_priority

UNSTYLED_TOKEN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')
"""A name or whitespace token: text only, drawn in the code's own colour."""
PRE = re.compile(r"<pre(?P<attributes>[^>]*)>(?P<inner>.*?)</pre>", re.S)
TAG = re.compile(r"<[^>]+>")


def _with_line_count(match: re.Match) -> str:
    if "style=" in match["attributes"]:
        return match[0]
    text = TAG.sub("", match["inner"]).rstrip("\n")
    lines = text.count("\n") + 1 if text else 0
    return f'<pre{match["attributes"]} style="--gradbook-lines: {lines}">{match["inner"]}</pre>'


@event_priority(-100)  # after the notebook pages are made from mkdocs-jupyter's output
def on_page_content(html, page, config, files):
    return PRE.sub(_with_line_count, UNSTYLED_TOKEN.sub(r"\1", html))
