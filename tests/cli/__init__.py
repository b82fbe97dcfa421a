"""The `promptlayer` command, run as a subprocess the way a user or CI runs it."""
