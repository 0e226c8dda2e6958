"""The browser the tests drive, and how `make test` gets one on a fresh machine.

`python -m gradbook.browser` (the first step of `make test`) makes sure there is a Chromium and
fonts for Chinese, trying in turn:
1. what is there: GRADBOOK_CHROMIUM, or Debian's Chromium headless shell;
2. Playwright's own installer, where its download host answers;
3. Debian's packages through apt, as root or with passwordless sudo;
and otherwise stops at once, saying in one line what to run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

DEBIAN_SHELL = Path("/usr/bin/chromium-headless-shell")
"""Chromium's engine without the desktop browser around it, as Playwright runs headless tests."""
DEBIAN_PACKAGES = ["chromium-headless-shell", "fonts-noto-cjk"]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HINT = (
    "make test needs Chromium and fonts for Chinese for its browser tests: run"
    f" `sudo apt-get install {' '.join(DEBIAN_PACKAGES)}` (Debian, Ubuntu), or"
    " `.venv/bin/playwright install --with-deps chromium`, or set GRADBOOK_CHROMIUM"
    " to a Chromium-family browser"
)


def executable() -> str | None:
    """The browser to launch: GRADBOOK_CHROMIUM, else Debian's headless shell, else Playwright's
    own (None)."""
    if os.environ.get("GRADBOOK_CHROMIUM"):
        return os.environ["GRADBOOK_CHROMIUM"]
    return str(DEBIAN_SHELL) if DEBIAN_SHELL.exists() else None


def _has_chinese_fonts() -> bool:
    """Linux finds fonts through fontconfig; macOS and Windows ship Chinese fonts."""
    if not sys.platform.startswith("linux"):
        return True
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True)
    return bool(listed.stdout.strip())


def _playwright_installs() -> bool:
    command = [sys.executable, "-m", "playwright", "install", "--only-shell", "chromium"]
    try:
        return subprocess.run(command, capture_output=True, timeout=600).returncode == 0
    except subprocess.TimeoutExpired:
        return False


def _apt() -> list[str] | None:
    """How to run apt-get here, if this user may."""
    if not shutil.which("apt-get"):
        return None
    if os.geteuid() == 0:
        return ["apt-get"]
    if (
        shutil.which("sudo")
        and subprocess.run(["sudo", "-n", "true"], capture_output=True).returncode == 0
    ):
        return ["sudo", "-n", "apt-get"]
    return None


def main() -> None:
    have_browser = bool(os.environ.get("GRADBOOK_CHROMIUM")) or DEBIAN_SHELL.exists()
    if have_browser and _has_chinese_fonts():
        return
    if not have_browser and _playwright_installs() and _has_chinese_fonts():
        return
    apt = _apt()
    if apt is None:
        sys.exit(HINT)
    print("Installing the browser tests' Chromium and fonts: " + " ".join(DEBIAN_PACKAGES))
    quiet = {"stdout": subprocess.DEVNULL}
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*apt, "update", "-q"], check=True, env=environment, **quiet)
    install = [*apt, "install", "-y", "-q", "--no-install-recommends", *DEBIAN_PACKAGES]
    subprocess.run(install, check=True, env=environment, **quiet)


if __name__ == "__main__":
    main()
