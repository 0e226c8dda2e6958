"""Formulas become MathML when the site is built, so the reader's browser draws them natively.

pymdownx.arithmatex (generic mode) marks `$...$` and `$$...$$` in the page; each marked formula
is converted here with latex2mathml. The browser loads no math library and no font from
anywhere, and a formula the converter cannot read fails the build with its page and its TeX.
"""

import html
import re
from xml.etree.ElementTree import tostring
from xml.sax.saxutils import unescape

from latex2mathml.converter import convert_to_element
from mkdocs.exceptions import PluginError

# arithmatex's generic output: inline  <span class="arithmatex">\(...\)</span>
#                               display <div class="arithmatex">\[...\]</div>
MARKED = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]</(?P=tag)>',
    re.S,
)
UNKNOWN_COMMAND = re.compile(r">(\\[A-Za-z]+)")


def mathml(tex: str, display: bool, page_uri: str) -> str:
    """One formula as MathML, its TeX kept as alternative text for assistive technology."""
    try:
        formula = convert_to_element(tex, display="block" if display else "inline")
    except Exception as error:  # the converter raises a variety of its own and built-in errors
        raise PluginError(f"{page_uri}: formula ${tex}$ cannot be rendered: {error!r}") from error
    # serialized as latex2mathml's own convert() does: it writes characters as &#x...; itself
    rendered = unescape(tostring(formula, encoding="unicode"))
    leaked = UNKNOWN_COMMAND.search(rendered)
    if leaked:  # the converter passes a command it does not know through as text
        raise PluginError(f"{page_uri}: formula ${tex}$ uses {leaked[1]}, which MathML cannot show")
    return rendered.replace("<math ", f'<math alttext="{html.escape(tex)}" ', 1)


def render_marked(content: str, page_uri: str) -> str:
    """A page's HTML with every formula arithmatex marked rendered as MathML."""

    def render(match: re.Match) -> str:
        tex = html.unescape(match["tex"]).strip()
        rendered = mathml(tex, match["open"] == "[", page_uri)
        return f'<{match["tag"]} class="arithmatex">{rendered}</{match["tag"]}>'

    return MARKED.sub(render, content)
