"""This SDK side by side with the official `promptlayer==1.5.16` and raw httpx, on the local server.

Both packages are called `promptlayer`, so they never share an interpreter: the official SDK
lives in its own venv, `.bench/official-venv` at the repository root, created on first use
(`python -m venv` + `pip install promptlayer==1.5.16`). Every measurement runs in a fresh
subprocess: `_official_runner.py` (the same file for both SDKs, so both are measured by the
same code) under the official venv's python for the official side, and under the current
interpreter for ours and for raw httpx. Runs are interleaved (ours, official, raw, then the
next round in another order) and the table quotes medians and ratios.

Everything talks to one local PromptLayer server started here, in its own process
(`python -m promptlayer.testing serve --no-validate`; no validation because the official SDK
also sends `api_key` in the body), seeded with a chat template: a system and a user message,
two variables, model openai gpt-4o-mini with parameters, so every answer carries `llm_kwargs`.

Figures:
 1. `import promptlayer` in a fresh interpreter (ms, median), against `import httpx`.
 2. `templates.get` without cache: per-call median over sequential calls, against the same
    POST (same body, same X-API-KEY) sent with a plain `httpx.Client`.
 3. Cache hit (cache_ttl_seconds=300, warmed) with new variables on every call: per-call median.
 4. AsyncPromptLayer, 200 concurrent gets without cache: wall time, against one shared
    `httpx.AsyncClient` sending the same 200 POSTs. Then 200 concurrent gets on a new client
    with an empty cache: how many requests reached the server (ours must be exactly 1).
 5. A 500 with a stale cache entry: TTL 1 s, expired, every template get answered 500; time
    until the stale template is returned (the official run is capped at 30 s).
 6. 8 threads x 1,000 cached gets on one client, each thread with its own variables: wall
    time, errors, and every result checked against its own thread's variables.
 7. `client.traceable()` around a small function, per call: with tracing off, and with tracing
    on (spans exported over OTLP to the local server, every call a burst); the raw column is the
    undecorated call. Also how many of the spans made reached the server (ours must be all).

Speed is reported, never asserted. Exit status 1 only when one of our own correctness checks
fails (wrong render, errors, a burst count other than 1, no stale answer).

    python benchmarks/facade_vs_official.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".bench" / "official-venv"
RUNNER = Path(__file__).resolve().with_name("_official_runner.py")
OFFICIAL_VERSION = "1.5.16"
KEY = "bench-key"

TEMPLATE_TEXT_SYSTEM = "You are a concise assistant for {topic}."
TEMPLATE_TEXT_USER = "Hi, I am {name}. Tell me about {topic}."  # _official_runner.expected_user_text
SEED = {
    "prompt_templates": [
        {
            "prompt_name": "welcome",
            "tags": ["onboarding"],
            "versions": [
                {
                    "prompt_template": {
                        "type": "chat",
                        "input_variables": ["name", "topic"],
                        "messages": [
                            {"role": "system", "content": [{"type": "text", "text": TEMPLATE_TEXT_SYSTEM}]},
                            {"role": "user", "content": [{"type": "text", "text": TEMPLATE_TEXT_USER}]},
                        ],
                    },
                    "metadata": {
                        "model": {
                            "provider": "openai",
                            "name": "gpt-4o-mini",
                            "parameters": {"temperature": 0.2, "max_tokens": 256},
                        }
                    },
                    "commit_message": "v1",
                    "release_labels": ["prod"],
                }
            ],
        }
    ]
}

IMPORT_CHILD = """
import sys, time
t = time.perf_counter()
import {module}
print(time.perf_counter() - t, len(sys.modules))
"""


@dataclass(frozen=True)
class Plan:
    import_runs: int
    rounds: int  # interleaved rounds for figures 2, 3, 4a, 6
    sequential_calls: int  # figure 2, per round
    cache_calls: int  # figure 3, per round
    count_rounds: int  # figure 4b
    stale_runs: int  # figure 5, ours (the official side runs once: it takes ~14 s)
    concurrency: int = 200
    threads: int = 8
    per_thread: int = 1000
    stale_ttl: float = 1.0
    stale_cap: float = 30.0
    traced_calls: int = 3000  # figure 7, per round


FULL = Plan(import_runs=20, rounds=6, sequential_calls=300, cache_calls=5000, count_rounds=3, stale_runs=5)
QUICK = Plan(import_runs=8, rounds=3, sequential_calls=100, cache_calls=2000, count_rounds=1, stale_runs=2)


# -- the two interpreters --------------------------------------------------------------------------


def official_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def child_env() -> dict[str, str]:
    """The environment without PROMPTLAYER_* settings: every child gets its URL and key explicitly."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PROMPTLAYER_")}


def official_version() -> str | None:
    python = official_python()
    if not python.exists():
        return None
    probe = "from importlib.metadata import version; print(version('promptlayer'))"
    done = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=VENV, env=child_env()
    )
    return done.stdout.strip() if done.returncode == 0 else None


def ensure_official_venv() -> Path:
    """`.bench/official-venv` with promptlayer==1.5.16, created or repaired only when needed."""
    if official_version() == OFFICIAL_VERSION:
        return official_python()
    print(f"setting up {VENV.relative_to(ROOT)} with promptlayer=={OFFICIAL_VERSION} (once) ...", flush=True)
    if not official_python().exists():
        VENV.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
    install = subprocess.run(
        [str(official_python()), "-m", "pip", "install", "-q", f"promptlayer=={OFFICIAL_VERSION}"],
        capture_output=True,
        text=True,
        cwd=VENV,
        env=child_env(),
    )
    if install.returncode != 0 or official_version() != OFFICIAL_VERSION:
        sys.stderr.write(install.stdout + install.stderr)
        raise SystemExit(f"could not install promptlayer=={OFFICIAL_VERSION} into {VENV}")
    return official_python()


# -- the local server -------------------------------------------------------------------------------


@contextmanager
def local_server() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="pl-bench-") as folder:
        seed = Path(folder) / "seed.json"
        seed.write_text(json.dumps(SEED), encoding="utf-8")
        command = [sys.executable, "-m", "promptlayer.testing", "serve", "--no-validate"]
        command += ["--seed", str(seed), "--api-key", KEY]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=child_env())
        try:
            assert process.stdout is not None
            line = process.stdout.readline().strip()
            if not line.startswith("PROMPTLAYER_BASE_URL="):
                raise SystemExit(f"the local server did not start: {line!r}")
            process.stdout.readline()  # PROMPTLAYER_API_KEY=...
            yield line.split("=", 1)[1]
        finally:
            process.terminate()
            process.wait(timeout=10)


# -- running one measurement ------------------------------------------------------------------------


class Sides:
    """Runs `_official_runner.py` scenarios as ours, official or raw (raw: ours' interpreter)."""

    def __init__(self, official: Path, base_url: str) -> None:
        self.official = official
        self.base_url = base_url
        self.identities: dict[str, dict[str, str]] = {}

    def run(self, side: str, scenario: str, timeout: float = 180.0, **options: Any) -> dict[str, Any]:
        python = [str(self.official), "-I"] if side == "official" else [sys.executable]
        command = [*python, str(RUNNER), scenario, "--base-url", self.base_url, "--api-key", KEY]
        for name, value in options.items():
            command += [f"--{name.replace('_', '-')}", str(value)]
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=VENV if side == "official" else ROOT,
            env=child_env(),
        )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            sys.stderr.write(done.stdout + done.stderr)
            raise SystemExit(f"{side} {scenario} failed (exit {done.returncode})")
        report: dict[str, Any] = json.loads(lines[-1])
        if "sdk" in report:
            self._check_identity(side, report["sdk"])
        return report

    def _check_identity(self, side: str, sdk: dict[str, str]) -> None:
        module = Path(sdk["module"]).resolve()
        if side == "official":
            wrong = sdk["version"] != OFFICIAL_VERSION or not module.is_relative_to(VENV.resolve())
        else:
            wrong = not module.is_relative_to(ROOT) or module.is_relative_to(ROOT / ".bench")
        if wrong:
            raise SystemExit(f"the {side} side imported promptlayer {sdk['version']} from {module}")
        self.identities[side] = sdk


def interleaved(rounds: int, sides: tuple[str, ...]) -> Iterator[str]:
    """A B C, B C A, C A B, ...: every side runs once per round, in a rotating order."""
    for r in range(rounds):
        shift = r % len(sides)
        yield from sides[shift:] + sides[:shift]


def import_times(official: Path, runs: int) -> dict[str, list[float]]:
    cases = {
        "ours": ([sys.executable], "promptlayer", ROOT),
        "official": ([str(official), "-I"], "promptlayer", VENV),
        "httpx": ([sys.executable], "httpx", ROOT),
        "official_httpx": ([str(official), "-I"], "httpx", VENV),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    modules: dict[str, int] = {}
    for name in interleaved(runs, tuple(cases)):
        python, module, cwd = cases[name]
        out = subprocess.run(
            [*python, "-c", IMPORT_CHILD.format(module=module)],
            capture_output=True,
            text=True,
            check=True,
            cwd=cwd,
            env=child_env(),
        ).stdout.split()
        times[name].append(float(out[0]) * 1000)
        modules[name] = int(out[1])
    times["modules"] = [float(modules[name]) for name in cases]
    return times


# -- the table ---------------------------------------------------------------------------------------


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "-"
    value = a / b
    return f"{value:.2f}x" if value >= 0.1 else f"{value:.2g}x"


def cell(value: float | None, digits: int) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str, str]] = []

    def add(
        self, label: str, ours: float | None, official: float | None, raw: float | None, digits: int = 1
    ) -> None:
        self.rows.append(
            (
                label,
                cell(ours, digits),
                cell(official, digits),
                cell(raw, digits),
                ratio(ours, official),
                ratio(ours, raw),
                ratio(official, raw),
            )
        )

    def print(self) -> None:
        head = ("figure", "ours", "official", "raw httpx", "ours/off", "ours/raw", "off/raw")
        widths = [max(len(row[i]) for row in [head, *self.rows]) for i in range(len(head))]
        line = "  ".join(
            f"{text:<{widths[i]}}" if i == 0 else f"{text:>{widths[i]}}" for i, text in enumerate(head)
        )
        print(line)
        print("-" * len(line))
        for row in self.rows:
            print(
                "  ".join(
                    f"{text:<{widths[i]}}" if i == 0 else f"{text:>{widths[i]}}" for i, text in enumerate(row)
                )
            )


def spread(runs: dict[str, list[float]]) -> str:
    return ", ".join(f"{side} {min(values):,.0f}-{max(values):,.0f}" for side, values in runs.items())


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (about a minute)")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    began = time.perf_counter()
    official = ensure_official_venv()
    table = Table()
    notes: list[str] = []
    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        if not ok:
            failures.append(what)

    print(f"figure 1: import times, {plan.import_runs} fresh interpreters each ...", flush=True)
    imports = import_times(official, plan.import_runs)
    table.add(
        "1  import promptlayer (raw: import httpx), ms",
        median(imports["ours"]),
        median(imports["official"]),
        median(imports["httpx"]),
    )
    mods = imports["modules"]
    notes.append(
        f"1  modules loaded: ours {mods[0]:.0f}, official {mods[1]:.0f}, httpx {mods[2]:.0f}; "
        f"import httpx in the official venv: {median(imports['official_httpx']):.1f} ms"
    )

    with local_server() as base_url:
        sides = Sides(official, base_url)

        print(f"figure 2: {plan.rounds} rounds x {plan.sequential_calls} uncached gets ...", flush=True)
        samples: dict[str, list[float]] = {"ours": [], "official": [], "raw": []}
        for side in interleaved(plan.rounds, ("ours", "official", "raw")):
            scenario = "raw_sequential" if side == "raw" else "sequential"
            report = sides.run("ours" if side == "raw" else side, scenario, n=plan.sequential_calls)
            samples[side] += report["samples_us"]
            check(side == "official" or report["wrong"] == 0, f"2 {side}: {report['wrong']} wrong renders")
        table.add(
            "2  templates.get, no cache, us/call",
            median(samples["ours"]),
            median(samples["official"]),
            median(samples["raw"]),
            digits=0,
        )

        print(f"figure 3: {plan.rounds} rounds x {plan.cache_calls} cache hits ...", flush=True)
        hits: dict[str, list[float]] = {"ours": [], "official": []}
        wrong_hits = {"ours": 0, "official": 0}
        for side in interleaved(plan.rounds, ("ours", "official")):
            report = sides.run(side, "sequential", n=plan.cache_calls, cache_ttl=300)
            hits[side] += report["samples_us"]
            wrong_hits[side] += report["wrong"]
        check(wrong_hits["ours"] == 0, f"3 ours: {wrong_hits['ours']} cache hits rendered wrong")
        table.add(
            "3  cache hit, new variables/call, us",
            median(hits["ours"]),
            median(hits["official"]),
            None,
            digits=1,
        )
        notes.append(
            f"3  wrongly rendered hits: ours {wrong_hits['ours']}, official {wrong_hits['official']} "
            f"(of {plan.rounds * plan.cache_calls} each)"
        )

        print(f"figure 4: {plan.rounds} rounds of {plan.concurrency} concurrent async gets ...", flush=True)
        walls: dict[str, list[float]] = {"ours": [], "official": [], "raw": []}
        burst_errors = {"ours": 0, "official": 0, "raw": 0}
        for side in interleaved(plan.rounds, ("ours", "official", "raw")):
            scenario = "raw_async_burst" if side == "raw" else "async_burst"
            report = sides.run("ours" if side == "raw" else side, scenario, concurrency=plan.concurrency)
            walls[side].append(report["wall_s"] * 1000)
            burst_errors[side] += report["errors"] + report["wrong"]
            if report["first_error"]:
                notes.append(f"4a {side}: {report['errors']} errors, first: {report['first_error']}")
        check(burst_errors["ours"] == 0, f"4a ours: {burst_errors['ours']} errors or wrong renders")
        notes.append(f"4a per-run spread, ms: {spread(walls)}")
        table.add(
            f"4a {plan.concurrency} concurrent async gets, ms",
            median(walls["ours"]),
            median(walls["official"]),
            median(walls["raw"]),
        )
        counts: dict[str, list[int]] = {"ours": [], "official": []}
        for side in interleaved(plan.count_rounds, ("ours", "official")):
            report = sides.run(side, "burst_count", concurrency=plan.concurrency, cache_ttl=300)
            counts[side].append(report["server_gets"])
            check(
                side == "official" or (report["errors"] == 0 and report["wrong"] == 0),
                f"4b {side}: {report['errors']} errors, {report['wrong']} wrong renders",
            )
        check(all(c == 1 for c in counts["ours"]), f"4b ours: {counts['ours']} requests reached the server")
        table.add(
            f"4b {plan.concurrency} gets, empty cache: requests to server",
            median([float(c) for c in counts["ours"]]),
            median([float(c) for c in counts["official"]]),
            None,
            digits=0,
        )
        notes.append(
            f"4b requests that reached the server, per run: ours {counts['ours']} (must be 1), "
            f"official {counts['official']}"
        )

        print(
            f"figure 5: stale entry + HTTP 500 (ours x{plan.stale_runs}, official x1, "
            f"capped at {plan.stale_cap:.0f} s) ...",
            flush=True,
        )
        stale: dict[str, list[dict[str, Any]]] = {"ours": [], "official": []}
        half = plan.stale_runs // 2
        for side in ["ours"] * (plan.stale_runs - half) + ["official"] + ["ours"] * half:
            stale[side].append(
                sides.run(
                    side,
                    "stale_500",
                    timeout=plan.stale_cap + 60,
                    cache_ttl=plan.stale_ttl,
                    cap=plan.stale_cap,
                )
            )
        for report in stale["ours"]:
            check(
                not report["timed_out"] and report.get("stale_rendered") is True,
                f"5 ours: no stale template ({report})",
            )
        off = stale["official"][0]
        table.add(
            "5  500 + stale entry: stale returned, ms",
            median([r["elapsed"] * 1000 for r in stale["ours"]]),
            None if off["timed_out"] else off["elapsed"] * 1000,
            None,
        )
        for side, reports in stale.items():
            for report in reports[:1]:
                if report["timed_out"]:
                    what = f"still waiting after the {plan.stale_cap:.0f} s cap"
                elif report.get("error"):
                    what = f"raised {report['error']}"
                else:
                    rendered = (
                        "rendered with the new variables" if report["stale_rendered"] else "NOT rendered"
                    )
                    what = f"returned the stale template after {report['elapsed']:.3f} s, {rendered}"
                notes.append(
                    f"5  {side}: {what}; {report['server_gets']} request(s) reached the server "
                    f"(all answered 500)"
                )

        print(
            f"figure 6: {plan.rounds} rounds of {plan.threads} threads x {plan.per_thread:,} cached gets ...",
            flush=True,
        )
        thread_walls: dict[str, list[float]] = {"ours": [], "official": []}
        thread_problems = {"ours": [0, 0], "official": [0, 0]}
        for side in interleaved(plan.rounds, ("ours", "official")):
            report = sides.run(
                side, "threads", threads=plan.threads, per_thread=plan.per_thread, cache_ttl=300
            )
            thread_walls[side].append(report["wall_s"] * 1000)
            thread_problems[side][0] += report["errors"]
            thread_problems[side][1] += report["wrong"]
            if report["first_error"]:
                notes.append(f"6  {side}: first error {report['first_error']}")
        check(thread_problems["ours"] == [0, 0], f"6 ours: errors/wrong renders {thread_problems['ours']}")
        table.add(
            f"6  {plan.threads} threads x {plan.per_thread:,} cached gets, ms",
            median(thread_walls["ours"]),
            median(thread_walls["official"]),
            None,
        )
        notes.append(f"6  per-run spread, ms: {spread(thread_walls)}")
        calls = plan.rounds * plan.threads * plan.per_thread
        for side, (errors, wrong) in thread_problems.items():
            notes.append(
                f"6  {side}: {errors} errors, {wrong} results not rendered with their own thread's "
                f"variables (of {calls:,})"
            )

        print(f"figure 7: {plan.rounds} rounds x {plan.traced_calls:,} traceable calls ...", flush=True)
        traced: dict[str, dict[str, list[float]]] = {
            side: {"plain_ns": [], "off_ns": [], "on_ns": []} for side in ("ours", "official")
        }
        delivered = {"ours": [0, 0], "official": [0, 0]}
        for side in interleaved(plan.rounds, ("ours", "official")):
            report = sides.run(side, "traceable", n=plan.traced_calls, warmup=200)
            for key, values in traced[side].items():
                values.append(report[key])
            delivered[side][0] += report["spans_received"]
            delivered[side][1] += report["spans_made"]
        check(delivered["ours"][0] == delivered["ours"][1], f"7 ours: spans delivered {delivered['ours']}")
        plain = median(traced["ours"]["plain_ns"] + traced["official"]["plain_ns"]) / 1000
        for key, label in (
            ("off_ns", "7a traceable, tracing off, us/call"),
            ("on_ns", "7b traceable, tracing on, us/call"),
        ):
            table.add(
                label, median(traced["ours"][key]) / 1000, median(traced["official"][key]) / 1000, plain, 2
            )
        notes.append(f"7  raw column: the undecorated function, {plain * 1000:.0f} ns/call")
        for side, (received, made) in delivered.items():
            notes.append(f"7  {side}: {received:,} of {made:,} spans reached the server (tracing on)")

    print()
    for side, sdk in sorted(sides.identities.items()):
        print(f"{side:9} promptlayer {sdk['version']} from {sdk['module']}")
    print(f"{'raw':9} httpx in {sys.executable}")
    print(f"mode: {'quick' if args.quick else 'full'}; medians; ratios < 1 mean the first is faster/fewer")
    print()
    table.print()
    print()
    for note in notes:
        print(note)
    print()
    print(f"total {time.perf_counter() - began:.0f} s")
    if failures:
        print("CORRECTNESS CHECKS FAILED (ours):")
        for failure in failures:
            print(f"  - {failure}")
        raise SystemExit(1)
    print("correctness checks (ours): all passed")


if __name__ == "__main__":
    main()
