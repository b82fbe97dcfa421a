"""Import cost of the SDK's modules against `import httpx`, each in a fresh interpreter.

Runs the statements interleaved (A B C A B C ...) so drift hits all alike, and reports the
median wall time of each import (measured inside the child, so interpreter start-up is
excluded) and its ratio to `import httpx`.

    python benchmarks/import_time.py [--runs 30]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

STATEMENTS = {
    "httpx": "import httpx",
    "promptlayer": "import promptlayer",
    "get_prompt_template endpoint": "import promptlayer_api.api.prompt_templates.get_prompt_template",
    "promptlayer_api (package)": "import promptlayer_api",
}

CHILD = """
import sys, time
t = time.perf_counter()
{statement}
elapsed = time.perf_counter() - t
models = sum(1 for m in sys.modules if m.startswith("promptlayer_api.models."))
print(elapsed, models, len(sys.modules))
"""


def measure(statement: str) -> tuple[float, int, int]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(statement=statement)], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    counts: dict[str, tuple[int, int]] = {}
    for _ in range(args.runs):
        for name, statement in STATEMENTS.items():
            elapsed, models, modules = measure(statement)
            times[name].append(elapsed)
            counts[name] = (models, modules)
    base = statistics.median(times["httpx"])
    print(f"{'import':34} {'median ms':>10} {'x httpx':>8} {'models':>7} {'modules':>8}")
    for name, samples in times.items():
        median = statistics.median(samples)
        models, modules = counts[name]
        print(f"{name:34} {median * 1000:10.1f} {median / base:8.2f} {models:7d} {modules:8d}")


if __name__ == "__main__":
    main()
