"""MkDocs hook: the theme's templates are compiled once per process, not once per build.

MkDocs makes a new Jinja environment for every build, and Jinja compiles each template it
renders anew: 0.3-0.6 s of every build, and `mkdocs serve` rebuilds the site on every save, as
the test run builds it more than once. Jinja keeps compiled templates in a bytecode cache when
the environment has one; this hook gives every build's environment the same one, in memory. A
template whose source changed (an edit under overrides/) is compiled again: Jinja keys the
cache by the template's file and checks it against the source.
"""

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class _CompiledTemplates(BytecodeCache):
    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)  # rejected there if the source changed

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED = _CompiledTemplates()


def on_env(env, config, files):
    env.bytecode_cache = COMPILED
    return env
