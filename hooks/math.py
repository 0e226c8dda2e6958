"""MkDocs hook: render every formula to MathML when the site is built.

pymdownx.arithmatex (generic mode) marks `$...$` and `$$...$$` in the page; this hook turns each
marked formula into MathML, which browsers draw natively. The reader's browser loads no math
library and no font from anywhere, and a formula the converter cannot read fails the build with
its page and its TeX.
"""

import html
import re

from latex2mathml.converter import convert
from mkdocs.exceptions import PluginError

# arithmatex's generic output: inline  <span class="arithmatex">\(...\)</span>
#                               display <div class="arithmatex">\[...\]</div>
FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]</(?P=tag)>',
    re.S,
)
UNKNOWN_COMMAND = re.compile(r">(\\[A-Za-z]+)")


def _mathml(match: re.Match, page_uri: str) -> str:
    tex = html.unescape(match["tex"]).strip()
    display = "block" if match["open"] == "[" else "inline"
    try:
        mathml = convert(tex, display=display)
    except Exception as error:  # the converter raises a variety of its own and built-in errors
        raise PluginError(f"{page_uri}: formula ${tex}$ cannot be rendered: {error!r}") from error
    leaked = UNKNOWN_COMMAND.search(mathml)
    if leaked:  # the converter passes a command it does not know through as text
        raise PluginError(f"{page_uri}: formula ${tex}$ uses {leaked[1]}, which MathML cannot show")
    # The TeX stays in the page as an annotation: screen readers and copy-paste can use it.
    annotated = mathml.replace(
        "</math>",
        f'<annotation encoding="application/x-tex">{html.escape(tex)}</annotation></math>',
    )
    return f'<{match["tag"]} class="arithmatex">{annotated}</{match["tag"]}>'


def on_page_content(content, page, config, files):
    return FORMULA.sub(lambda match: _mathml(match, page.file.src_uri), content)
