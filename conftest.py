"""Loads gradbook's verification engine (src/gradbook/pytest_plugin.py) for every pytest run."""

pytest_plugins = ["pytester", "gradbook.pytest_plugin"]
