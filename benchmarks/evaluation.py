"""An evaluation's wall time against the ideal, this SDK and the official 1.5.16 in one run.

    python benchmarks/evaluation.py [--cases 1000] [--concurrency 16] [--sleep 0.05]
                                    [--official-cases 32] [--official-python PATH]

Each side runs `evaluate(...)` (ours also `aevaluate(...)` with an async runner) in a fresh
interpreter against one local PromptLayer server
(its own process, `serve --no-validate`): a runner that sleeps `--sleep` seconds, a CONTAINS
scorer, `max_concurrency=--concurrency`. The figure is the whole call (table, sheet, columns,
cases and their rows and traces, scoring, reading scores back) against the ideal
cases * sleep / concurrency. The official SDK writes rows one at a time under a lock and waits
up to 5 s per case for the trace's request-log prices (there are none here), so it runs
`--official-cases` cases and its time is also given per case; `.bench/official-venv` is set up
on first use (or pass `--official-python`).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facade_vs_official import KEY, ROOT, child_env, ensure_official_venv, local_server

CHILD = r"""
import asyncio, json, sys, time
cases, concurrency, sleep, name = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
mode = sys.argv[5]
import promptlayer
from promptlayer import aevaluate, evaluate

def runner(case_input):
    time.sleep(sleep)
    return f"answer {case_input['n']}"

async def async_runner(case_input):
    await asyncio.sleep(sleep)
    return f"answer {case_input['n']}"

options = {"quiet": True} if hasattr(promptlayer, "PromptLayerClientClosedError") else {}
# The tracing SDK and its exporter (and requests, which it sends with): the official SDK imports
# them with `import promptlayer`, ours at its first traced call. Loaded here for both, timed
# apart (a once-per-process cost).
loading = time.perf_counter()
import requests, opentelemetry.sdk.trace, opentelemetry.exporter.otlp.proto.http.trace_exporter
imports = time.perf_counter() - loading
started = time.perf_counter()
arguments = dict(
    dataset=[{"input": {"n": n}, "expected": "answer"} for n in range(cases)],
    scorers=[{"title": "Answer", "type": "CONTAINS", "config": {"source": "Output", "value": "answer"}}],
    max_concurrency=concurrency,
    **options,
)
if mode == "async":
    result = asyncio.run(aevaluate(name, runner=async_runner, **arguments))
else:
    result = evaluate(name, runner=runner, **arguments)
wall = time.perf_counter() - started
passed = result["score_cards"][0]["passed"]
print(json.dumps({"wall": wall, "imports": imports, "rows": result["total_rows"], "passed": passed}))
"""


def run(
    python: list[str], base_url: str, cases: int, concurrency: int, sleep: float, name: str, mode: str
) -> dict[str, float]:
    env = {**child_env(), "PROMPTLAYER_API_KEY": KEY, "PROMPTLAYER_BASE_URL": base_url}
    if python[0] == sys.executable:
        env["PYTHONPATH"] = f"{ROOT}:{ROOT / 'generated'}"
    done = subprocess.run(
        [*python, "-c", CHILD, str(cases), str(concurrency), str(sleep), name, mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT / "benchmarks" if python[0] == sys.executable else "/",
        timeout=3600,
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr[-3000:]}")
    report: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if report["rows"] != cases or report["passed"] != cases:
        raise SystemExit(f"{name}: {report['rows']} rows, {report['passed']} passed of {cases} cases")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--sleep", type=float, default=0.05)
    parser.add_argument("--official-cases", type=int, default=32)
    parser.add_argument("--official-python", help="a Python with promptlayer==1.5.16 (default: .bench venv)")
    args = parser.parse_args()
    official = [args.official_python] if args.official_python else None
    if official is None and args.official_cases > 0:
        official = [str(ensure_official_venv()), "-I"]
    with local_server() as base_url:
        rows = []
        # The official aevaluate fails on every new table (a DELETE with a JSON body that
        # httpx's AsyncClient refuses), so it is measured sync only.
        for side, python, cases, mode in (
            ("ours", [sys.executable], args.cases, "sync"),
            ("ours/async", [sys.executable], args.cases, "async"),
            ("official", official, args.official_cases, "sync"),
        ):
            if cases <= 0 or python is None:
                continue
            report = run(python, base_url, cases, args.concurrency, args.sleep, f"bench-{side}", mode)
            ideal = cases * args.sleep / args.concurrency
            rows.append((side, cases, report["wall"], report["imports"], ideal))
    print(
        f"evaluate() / aevaluate(): runner sleeps {args.sleep * 1000:.0f} ms, "
        f"max_concurrency={args.concurrency}"
    )
    print(
        f"{'side':<11} {'cases':>6} {'wall s':>8} {'ideal s':>8} {'x ideal':>8} {'ms/case':>8} "
        f"{'otel import s':>14}"
    )
    for side, cases, wall, imports, ideal in rows:
        print(
            f"{side:<11} {cases:>6} {wall:>8.2f} {ideal:>8.2f} {wall / ideal:>8.2f} "
            f"{wall / cases * 1000:>8.1f} {imports:>14.2f}"
        )
    print("wall: the whole call, tracing modules loaded; a process's first call adds their import time")


if __name__ == "__main__":
    main()
