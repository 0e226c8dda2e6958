"""The browser the tests drive, and how `make test` gets one on a fresh machine.

`python -m gradbook.browser` (the first step of `make test`) makes sure a Chromium starts and
fonts for Chinese are there, trying in turn:
1. what is there: GRADBOOK_CHROMIUM, Debian's Chromium headless shell, or Playwright's own;
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
BROWSER_PACKAGES = ["chromium-headless-shell"]
FONT_PACKAGES = ["fontconfig", "fonts-noto-cjk"]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HINT = (
    "make test needs Chromium and fonts for Chinese for its browser tests: run `sudo apt-get"
    f" install {' '.join(BROWSER_PACKAGES + FONT_PACKAGES)}` (Debian, Ubuntu), or"
    " `.venv/bin/playwright install --with-deps chromium`, or set GRADBOOK_CHROMIUM"
    " to a Chromium-family browser"
)


def executable() -> str | None:
    """The browser to launch: GRADBOOK_CHROMIUM, else Debian's headless shell, else Playwright's
    own (None)."""
    if os.environ.get("GRADBOOK_CHROMIUM"):
        return os.environ["GRADBOOK_CHROMIUM"]
    return str(DEBIAN_SHELL) if DEBIAN_SHELL.exists() else None


def _starts() -> bool:
    """Whether the browser the tests would launch starts."""
    from playwright.sync_api import Error, sync_playwright

    path = executable()
    try:
        with sync_playwright() as playwright:
            playwright.chromium.launch(
                args=ARGS, **({"executable_path": path} if path else {})
            ).close()
    except Error:
        return False
    return True


def _has_chinese_fonts() -> bool:
    """Linux finds fonts through fontconfig; macOS and Windows ship Chinese fonts."""
    if not sys.platform.startswith("linux"):
        return True
    if not shutil.which("fc-list"):
        return False
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
    return shell.returncode == 0 and _starts()


def _apt() -> list[str] | None:
    """How to run apt-get here, if this user may."""
    if not shutil.which("apt-get"):
        return None
    if os.geteuid() == 0:
        return ["apt-get"]
    sudo = shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"], capture_output=True)
    return ["sudo", "-n", "apt-get"] if sudo and sudo.returncode == 0 else None


def main() -> None:
    browser = _starts() or (executable() is None and _playwright_installs())
    missing = ([] if browser else BROWSER_PACKAGES) + (
        [] if _has_chinese_fonts() else FONT_PACKAGES
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
