"""MkDocs hook: code blocks with fewer elements, drawn the same.

Pygments wraps every token of a code block in a `<span>`, names and whitespace included: a
chapter's code is about half of its 5,000-8,500 elements, and the browser styles and lays out
each of them. Material draws names (class `n`) in the code's own colour and gives whitespace
(class `w`) no style, so those spans are dropped and their text kept: about 13,000 elements
fewer across the site. It runs after hooks/notebooks.py, so notebook pages get the same.
"""

import re

from mkdocs.plugins import event_priority

UNSTYLED_TOKEN = re.compile(r'<span class="(?:n|w)">([^<]*)</span>')
"""A name or whitespace token: text only, drawn in the code's own colour."""


@event_priority(-100)  # after the notebook pages are made from mkdocs-jupyter's output
def on_page_content(html, page, config, files):
    return UNSTYLED_TOKEN.sub(r"\1", html)
