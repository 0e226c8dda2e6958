"""MkDocs hook: search that finds Chinese terms, with an index small enough to load on any page.

Material's search plugin splits Chinese text into words with jieba. jieba's dictionary cuts
雅可比 into 雅/可比 and 反向传播 into 反向/传播, and a reader's query is not segmented the same
way, so searching those words would find nothing. The terms in search_terms.txt are added to
jieba's dictionary before the pages are indexed. (The plugin's own `jieba_dict_user` option
leaves the file open, which Python reports as a ResourceWarning.)

Every page loads the whole index. Code blocks were half of it, and the exercises' worked
solutions a third of the rest; both are left out, so a first visit transfers about 55 KiB
less, and a search never previews an answer. Prose, inline code, headings and the exercises'
questions stay searchable. What is left out is hidden from the search plugin while it reads
the page, which also spares its HTML parser thousands of highlighting tags (a build takes a
second less). The plugin writes the index with
every Chinese character escaped (`\\u68af`); it is rewritten as UTF-8 without spaces.
"""

import json
import logging
import re
from pathlib import Path

import jieba
from mkdocs.plugins import CombinedEvent, event_priority

TERMS = Path(__file__).with_name("search_terms.txt")


def on_config(config):
    jieba.setLogLevel(logging.WARNING)  # not the "Building prefix dict" progress lines
    with TERMS.open("rb") as terms:
        jieba.load_userdict(terms)
    return config


NOT_INDEXED = re.compile(r'<pre>.*?</pre>|<details class="success">.*?</details>', re.S)
"""Code blocks, and the collapsed solutions of exercises (`??? success "解答"`)."""


@event_priority(100)  # before the search plugin reads the page
def _hide_from_search(context, page, config, nav):
    page.gradbook_content = page.content
    page.content = NOT_INDEXED.sub("", page.content)
    return context


@event_priority(-100)  # after it, before the page is rendered whole
def _show_again(context, page, config, nav):
    page.content = page.gradbook_content
    return context


on_page_context = CombinedEvent(_hide_from_search, _show_again)


# After the search plugin writes the index, before the offline plugin inlines it.
@event_priority(-50)
def on_post_build(config):
    index = Path(config["site_dir"]) / "search" / "search_index.json"
    if index.is_file():
        data = json.loads(index.read_text(encoding="utf-8"))
        index.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
