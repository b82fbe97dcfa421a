"""Cost of a `client.traceable`-decorated call, against the undecorated function.

Measured in one process, interleaved in rounds, reported as medians per call:
- undecorated: the plain function;
- tracing off: `PromptLayer(...).traceable()` on a client without tracing (it hands the
  function back, so this should equal the plain call);
- tracing on: a client with `enable_tracing=True` and its own provider, its batch processor
  exporting over OTLP/HTTP to the local PromptLayer server (a separate process), so the
  export's CPU share is counted; every span is checked to have arrived;
- bare OpenTelemetry: the same function wrapped by hand in `tracer.start_as_current_span`
  with the SDK's no-op-export provider, the floor any OpenTelemetry decorator pays.
The functions take two small arguments and return a small dict (inputs and output are encoded).

    python benchmarks/traceable_overhead.py [--calls 5000] [--rounds 5]

A round's calls are a burst (tens of thousands of spans a second); the export queue holds
16,384 spans, and the queue is flushed, untimed, between rounds.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from promptlayer import PromptLayer

KEY = "bench-key"


def work(user: str, count: int) -> dict[str, Any]:
    return {"user": user, "count": count + 1}


def per_call_ns(function: Callable[..., Any], calls: int) -> float:
    start = time.perf_counter_ns()
    for index in range(calls):
        function("alice", index)
    return (time.perf_counter_ns() - start) / calls


def start_server() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "promptlayer.testing",
            "serve",
            "--port",
            "0",
            "--api-key",
            KEY,
            "--no-validate",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    base_url = process.stdout.readline().strip().split("=", 1)[1]  # PROMPTLAYER_BASE_URL=...
    return process, base_url


def bare_otel() -> Callable[..., Any]:
    from opentelemetry.sdk.trace import TracerProvider

    tracer = TracerProvider().get_tracer("bench")

    def wrapped(user: str, count: int) -> dict[str, Any]:
        with tracer.start_as_current_span("work"):
            return work(user, count)

    return wrapped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    process, base_url = start_server()
    try:
        off = PromptLayer(api_key=KEY, base_url=base_url)
        on = PromptLayer(api_key=KEY, base_url=base_url, enable_tracing=True)
        variants = {
            "undecorated": work,
            "tracing off": off.traceable()(work),
            "tracing on (OTLP to local server)": on.traceable()(work),
            "bare OpenTelemetry span, no export": bare_otel(),
        }
        results: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.rounds):
            for name, function in variants.items():
                results[name].append(per_call_ns(function, args.calls))
            on.flush()  # untimed: each round starts with an empty export queue
        on.close()
        off.close()
        answer = httpx.get(f"{base_url}/_local/state", headers={"X-API-KEY": KEY}, timeout=30).json()
        spans = len(answer["traces"]["spans"])
    finally:
        process.terminate()
        process.wait(timeout=10)

    expected = args.calls * args.rounds
    base = statistics.median(results["undecorated"])
    print(f"{args.calls} calls x {args.rounds} rounds, median per call")
    for name, samples in results.items():
        median = statistics.median(samples)
        print(f"  {name:<38} {median / 1000:8.2f} us  ({median / base:6.1f}x undecorated)")
    on_cost = statistics.median(results["tracing on (OTLP to local server)"]) - base
    bare_cost = statistics.median(results["bare OpenTelemetry span, no export"]) - base
    print(
        f"  tracing on adds {on_cost / 1000:.2f} us per call ({on_cost / bare_cost:.2f}x a bare span's cost)"
    )
    print(f"  spans received by the local server: {spans} of {expected}")


if __name__ == "__main__":
    main()
