"""CPU per background log: the same `/track-request` through httpx, through the light
http.client driver background logs use, and as a bare http.client exchange, in one process.

    python benchmarks/log_cpu.py [--logs 2000] [--rounds 5]

Each round sends `--logs` logs of one chat completion (a body like the OpenAI proxy's) one
after another to a local PromptLayer server in its own process, and takes this process's CPU
time per log; the table gives the median over rounds and the ratios to bare http.client. The
drivers run the whole log flow (checks, JSON, the retry policy's bookkeeping, error mapping);
bare http.client only encodes, sends and decodes.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from facade_vs_official import KEY, local_server

from promptlayer import PromptLayer
from promptlayer.client import context_of
from promptlayer.tracking import TrackingCore


def log_body() -> dict[str, object]:
    now = time.time()
    return {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "kwargs": {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "Say hello in one short sentence."}],
        },
        "request_response": {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "model": "gpt-4o-mini",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 12, "completion_tokens": 2, "total_tokens": 14},
        },
        "request_start_time": now,
        "request_end_time": now + 0.4,
        "tags": ["bench"],
    }


def cpu_per_call(send: Callable[[], object], logs: int) -> float:
    began = time.process_time()
    for _ in range(logs):
        send()
    return (time.process_time() - began) / logs * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--logs", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    body = log_body()
    with local_server() as base_url, PromptLayer(api_key=KEY, base_url=base_url) as client:
        context = context_of(client)
        track = TrackingCore(context.policy).track_request
        light = context.bulk_driver()
        parts = urllib.parse.urlsplit(base_url)
        bare = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80)
        headers = {"X-API-KEY": KEY, "Content-Type": "application/json"}

        def raw() -> object:
            bare.request("POST", "/track-request", body=json.dumps(body).encode(), headers=headers)
            return json.loads(bare.getresponse().read())

        senders = {
            "httpx driver": lambda: context.driver.run(track(body)),
            "light driver (background logs)": lambda: light.run(track(body)),
            "bare http.client": raw,
        }
        for send in senders.values():  # warm connections and caches
            for _ in range(50):
                send()
        samples: dict[str, list[float]] = {name: [] for name in senders}
        for _ in range(args.rounds):
            for name, send in senders.items():
                samples[name].append(cpu_per_call(send, args.logs))
        bare.close()
    floor = statistics.median(samples["bare http.client"])
    print(f"CPU per /track-request log, ms (median of {args.rounds} rounds x {args.logs} logs)")
    for name, values in samples.items():
        median = statistics.median(values)
        spread = f"rounds {min(values):.3f}-{max(values):.3f}"
        print(f"  {name:<32} {median:6.3f}  {median / floor:5.2f}x bare  ({spread})")


if __name__ == "__main__":
    main()
