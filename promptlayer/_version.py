"""The package version, in a module of its own so any layer can import it."""

# Above the official SDK's 1.5.16, the release this package replaces: `promptlayer>=1.5`
# (and `>=1.5,<2`) pins resolve to it, and a minor step says "compatible, with additions".
__version__ = "1.6.0"
