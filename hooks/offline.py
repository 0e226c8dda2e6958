"""MkDocs hook: the offline copy of the site (`make offline`) loads nothing from other hosts.

Material's offline plugin makes a site that works from the file system, and for its search it
adds a polyfill (iframe-worker) from a CDN. That script is installed from the npm registry by
`make` instead (package.json), and copied into the offline site, so that search works from disk
without a network.
"""

import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

NODE_MODULES = Path(__file__).resolve().parent.parent / "node_modules"
SHIM = NODE_MODULES / "iframe-worker" / "shim" / "index.js"
SHIM_IN_SITE = "assets/javascripts/iframe-worker-shim.js"


def _offline(config) -> bool:
    plugin = config["plugins"].get("material/offline") or config["plugins"].get("offline")
    return bool(plugin and plugin.config.enabled)


@event_priority(100)  # before the offline plugin, which adds the CDN's copy unless one is named
def on_config(config):
    if _offline(config):
        if not SHIM.is_file():
            raise PluginError(f"{SHIM} is missing: `npm ci` installs it (make does)")
        config["extra"]["polyfills"] = [SHIM_IN_SITE]
    return config


def on_post_build(config):
    if _offline(config):
        target = Path(config["site_dir"]) / SHIM_IN_SITE
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHIM, target)
