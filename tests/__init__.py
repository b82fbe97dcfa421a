"""A package, so that helpers shared by tests import by name (`tests.providers.provider_checks`)
and mypy tells the several conftest.py apart."""
