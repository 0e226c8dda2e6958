"""MkDocs hook: the site's terms stay whole when search segments Chinese.

Material's search plugin splits Chinese text into words with jieba. jieba's dictionary cuts
雅可比 into 雅/可比 and 反向传播 into 反向/传播, and a reader's query is not segmented the same
way, so searching those words would find nothing. The terms in search_terms.txt are added to
jieba's dictionary before the pages are indexed. (The plugin's own `jieba_dict_user` option
leaves the file open, which Python reports as a ResourceWarning.)
"""

import logging
from pathlib import Path

import jieba

TERMS = Path(__file__).with_name("search_terms.txt")


def on_config(config):
    jieba.setLogLevel(logging.WARNING)  # not the "Building prefix dict" progress lines
    with TERMS.open("rb") as terms:
        jieba.load_userdict(terms)
    return config
