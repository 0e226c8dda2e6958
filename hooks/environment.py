"""MkDocs hook: facts about the environment the site is built and verified in.

A page writes `{{ torch_version }}` (the build installed, e.g. 2.13.0+cpu), `{{ torch_release }}`
(the release a reader installs, e.g. 2.13.0) or `{{ python_version }}`; the values are read from
the environment when the site is built, never typed by hand.
"""

import platform
import re
from importlib.metadata import version

from mkdocs.exceptions import PluginError

TORCH_RELEASE = version("torch").split("+")[0]
PLACEHOLDERS = {
    "{{ torch_version }}": version("torch"),
    "{{ torch_release }}": TORCH_RELEASE,
    "{{ python_version }}": platform.python_version(),
}
UNKNOWN_PLACEHOLDER = re.compile(r"\{\{ *\w+ *\}\}")


def fill(markdown: str, page_uri: str) -> str:
    """The page with every placeholder replaced; an unknown one fails the build."""
    for placeholder, value in PLACEHOLDERS.items():
        markdown = markdown.replace(placeholder, value)
    unknown = UNKNOWN_PLACEHOLDER.search(markdown)
    if unknown:
        raise PluginError(f"{page_uri}: unknown placeholder {unknown.group()}")
    return markdown


def on_page_markdown(markdown, page, config, files):
    return fill(markdown, page.file.src_uri)
