"""Integrations that trace third-party agent frameworks to PromptLayer."""
