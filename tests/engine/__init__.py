"""gradbook's verification engine: every code block a reader sees is run, and its output checked."""
