"""Loads gradbook's verification engine for every pytest run in this checkout."""

pytest_plugins = ["pytester", "tests.engine.plugin"]
