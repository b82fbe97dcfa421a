"""Prompt template helpers shared by the SDK and the local server (rendering, provider kwargs)."""
