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
    """Playwright's own headless shell, and the system libraries it needs where apt may run."""
    playwright = [sys.executable, "-m", "playwright"]
    try:
        install = [*playwright, "install", "--only-shell", "chromium"]
        shell = subprocess.run(install, capture_output=True, timeout=600)
    except subprocess.TimeoutExpired:
        return False
    if shell.returncode == 0 and _apt():
        subprocess.run([*playwright, "install-deps", "chromium"], check=True)
    return shell.returncode == 0


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
    if not have_browser:
        have_browser = _playwright_installs()
    missing = ([] if have_browser else DEBIAN_PACKAGES[:1]) + (
        [] if _has_chinese_fonts() else DEBIAN_PACKAGES[1:]
    )
    if not missing:
        return
    apt = _apt()
    if apt is None:
        sys.exit(HINT)
    print("Installing what the browser tests need: " + " ".join(missing))
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = {"check": True, "env": environment, "stdout": subprocess.DEVNULL}
    subprocess.run([*apt, "update", "-q"], **quiet)
    subprocess.run([*apt, "install", "-y", "-q", "--no-install-recommends", *missing], **quiet)


if __name__ == "__main__":
    main()
