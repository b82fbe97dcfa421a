"""Background call logs with PromptLayer down: how long interpreter exit takes with a backlog,
and how much memory a long outage costs. Each figure comes from a fresh interpreter.

    python benchmarks/log_delivery.py [--pending 1000] [--calls 10000]

`exit`: a child interpreter queues `--pending` logs against a closed port and exits; the
figure is the child's whole run time after the logs were queued (close_timeout is the default
unless PROMPTLAYER_CLOSE_TIMEOUT is set). `rss`: a child queues `--calls` logs against a
closed port (the queue bound, 10,000 by default, applies) and reports its RSS growth.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time

CHILD = r"""
import json, logging, resource, sys, time
from promptlayer import PromptLayer
from promptlayer.client import context_of

logging.basicConfig(level=logging.WARNING)  # the library itself only adds a NullHandler
base_url, count = sys.argv[1], int(sys.argv[2])


def body(index):
    now = time.time()
    return {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "kwargs": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello %d" % index}]},
        "request_response": {"choices": [{"message": {"role": "assistant", "content": "hi"}}]},
        "request_start_time": now,
        "request_end_time": now,
        "tags": ["bench"],
    }


def rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


pl = PromptLayer(api_key="bench-key", base_url=base_url)
log = context_of(pl).call_log
before = rss_kb()
started = time.perf_counter()
for index in range(count):
    log.submit(body(index))
queued = time.perf_counter() - started
print(json.dumps({"rss_growth_kb": rss_kb() - before, "queue_seconds": queued}), flush=True)
"""


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_child(count: int) -> tuple[dict[str, float], float, str]:
    base_url = f"http://127.0.0.1:{closed_port()}"
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, base_url, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ,
    )
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline()
    queued_at = time.perf_counter()
    process.wait()
    exit_seconds = time.perf_counter() - queued_at
    return json.loads(line), exit_seconds, process.stderr.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pending", type=int, default=1000)
    parser.add_argument("--calls", type=int, default=10_000)
    options = parser.parse_args()
    _, exit_seconds, stderr = run_child(options.pending)
    warnings = [line for line in stderr.splitlines() if "PromptLayer" in line]
    print(f"exit with {options.pending} pending logs, PromptLayer down: {exit_seconds:.2f} s")
    for line in warnings:
        print(f"  {line}")
    figures, _, _ = run_child(options.calls)
    print(
        f"{options.calls} calls with PromptLayer down: RSS +{figures['rss_growth_kb'] / 1024:.1f} MB, "
        f"{figures['queue_seconds'] * 1e6 / options.calls:.1f} us per queued log"
    )


if __name__ == "__main__":
    main()
