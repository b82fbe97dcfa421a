"""Provider integrations: logging provider calls to PromptLayer (proxies and run() build on it)."""
