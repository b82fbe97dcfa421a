"""Routes straight from the spec: a request maps to the operationId that describes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # e.g. /prompt-templates/{identifier}
    operation_id: str
    pattern: re.Pattern[str]
    literal_segments: int


class Router:
    def __init__(self, spec: dict[str, Any]) -> None:
        routes: list[Route] = []
        for template, item in spec.get("paths", {}).items():
            for method in METHODS:
                operation = item.get(method)
                if operation is None:
                    continue
                regex = re.sub(r"\\\{([A-Za-z_][A-Za-z0-9_]*)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
                literal = sum(1 for part in template.split("/") if part and not part.startswith("{"))
                routes.append(
                    Route(
                        method.upper(), template, operation["operationId"], re.compile(f"^{regex}$"), literal
                    )
                )
        # Most literal first, so /prompt-templates/{id}/labels never loses to a looser template.
        routes.sort(key=lambda r: (-r.literal_segments, r.template))
        self.routes = routes
        # A template's parameters never hold "/", so a path is tried only against the templates
        # with as many slashes (in the same order): matching was a third of a request's time.
        self._by_depth: dict[int, list[Route]] = {}
        for route in routes:
            self._by_depth.setdefault(route.template.count("/"), []).append(route)

    def match(self, method: str, raw_path: str) -> tuple[Route, dict[str, str]] | str | None:
        """The route and its decoded path parameters; "method" when only the method is wrong."""
        path_known = False
        for route in self._by_depth.get(raw_path.count("/"), ()):
            found = route.pattern.match(raw_path)
            if found is None:
                continue
            if route.method != method:
                path_known = True
                continue
            return route, {name: unquote(value) for name, value in found.groupdict().items()}
        return "method" if path_known else None
