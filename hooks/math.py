"""MkDocs hook: render every formula to MathML when the site is built.

pymdownx.arithmatex (generic mode) marks `$...$` and `$$...$$` in the page; this hook turns each
marked formula into MathML, which browsers draw natively. The reader's browser loads no math
library and no font from anywhere, and a formula the converter cannot read fails the build with
its page and its TeX. Rows that wrap a single element are left out: the browser draws the same
formula from fewer elements.
"""

import functools
import html
import re
from xml.etree.ElementTree import Element, tostring
from xml.sax.saxutils import unescape

from latex2mathml.converter import convert_to_element
from mkdocs.exceptions import PluginError

# arithmatex's generic output: inline  <span class="arithmatex">\(...\)</span>
#                               display <div class="arithmatex">\[...\]</div>
FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]</(?P=tag)>',
    re.S,
)
UNKNOWN_COMMAND = re.compile(r">(\\[A-Za-z]+)")


def _without_needless_rows(element: Element) -> Element:
    """The same formula with fewer elements for the browser to style and lay out.

    latex2mathml wraps each formula, and each `{...}` group, in an `<mrow>`. MathML lays out an
    `<mrow>` that has one child exactly as that child, and `<math>` lays out its children as a
    row itself: one in eight of the site's MathML elements were such wrappers. A row of several
    children stays, since stretchy brackets stretch to the row they are in.
    """
    for index, child in enumerate(element):
        _without_needless_rows(child)
        # a row of one element: no attribute, and no text before or after the element
        if (
            child.tag == "mrow"
            and len(child) == 1
            and not (child.attrib or child.text or child[0].tail)
        ):
            child[0].tail = child.tail
            element[index] = child[0]
    if element.tag == "math" and len(element) == 1 and element[0].tag == "mrow":
        row = element[0]
        if not row.attrib and not row.text:
            element.remove(row)
            element.extend(row)
    return element


@functools.cache
def _converted(tex: str, display: bool) -> str:
    """What the converter makes of a formula: the same for the same TeX, so each is converted
    once per process (a chapter's notebook shows its formulas again; `mkdocs serve` and the
    test run build the site more than once). An error is raised anew each time."""
    formula = convert_to_element(tex, display="block" if display else "inline")
    # serialized as latex2mathml's own convert() does: it writes characters as &#x...; itself
    return unescape(tostring(_without_needless_rows(formula), encoding="unicode"))


def mathml(tex: str, display: bool, page_uri: str) -> str:
    """One formula as MathML, its TeX kept as alternative text for assistive technology."""
    try:
        rendered = _converted(tex, display)
    except Exception as error:  # the converter raises a variety of its own and built-in errors
        raise PluginError(f"{page_uri}: formula ${tex}$ cannot be rendered: {error!r}") from error
    leaked = UNKNOWN_COMMAND.search(rendered)
    if leaked:  # the converter passes a command it does not know through as text
        raise PluginError(f"{page_uri}: formula ${tex}$ uses {leaked[1]}, which MathML cannot show")
    return rendered.replace("<math ", f'<math alttext="{html.escape(tex)}" ', 1)


def _marked_formula(match: re.Match, page_uri: str) -> str:
    tex = html.unescape(match["tex"]).strip()
    rendered = mathml(tex, match["open"] == "[", page_uri)
    return f'<{match["tag"]} class="arithmatex">{rendered}</{match["tag"]}>'


def on_page_content(content, page, config, files):
    return FORMULA.sub(lambda match: _marked_formula(match, page.file.src_uri), content)
