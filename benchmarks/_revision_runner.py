"""One measurement, run in a fresh interpreter by `revisions.py`; prints one JSON line.

`revisions.py` starts it with PYTHONPATH=TREE:TREE/generated, so whichever revision's
`promptlayer` comes first on sys.path is the one measured, by this same file for both
revisions. It calls only public APIs that every revision being compared has (`PromptLayer`,
`templates.get`, `pl.openai`, `flush`, `close`) and reports which files it imported, so the
caller can check that the intended tree was measured.

    python _revision_runner.py SCENARIO --base-url URL --api-key KEY [options]

Scenarios:
  sequential  `_official_runner.sequential`: timed `templates.get` calls, cached when
              --cache-ttl > 0 (then with new variables on every call), and CPU time per call
  proxy       `chat.completions.create` per call through `pl.openai.OpenAI` and through the
              openai SDK directly, against a fake provider at --provider-url (see
              proxy_overhead.py), alternating in short chunks; checks every proxied call was
              logged
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Callable
from typing import Any

from _official_runner import Admin, sequential
from proxy_overhead import COMPLETION, MESSAGES, cpu_per_call, per_call


def identity() -> dict[str, str]:
    import promptlayer_api

    import promptlayer

    return {"promptlayer": str(promptlayer.__file__), "promptlayer_api": str(promptlayer_api.__file__)}


def proxy(args: argparse.Namespace) -> dict[str, Any]:
    """Per call, over `rounds` short chunks of `n` calls (short, so a burst of other work on the
    machine spoils few of them): the openai SDK directly and through the proxy, whose logs go
    out in the background (flushed, untimed, after each chunk), in alternating order; then this
    process's CPU time per call, direct and through the proxy until its logs are delivered."""
    import openai

    from promptlayer import PromptLayer

    admin = Admin(args.base_url, args.api_key)
    pl = PromptLayer(api_key=args.api_key, base_url=args.base_url)
    direct = openai.OpenAI(base_url=args.provider_url, api_key="sk-bench")
    proxied = pl.openai.OpenAI(base_url=args.provider_url, api_key="sk-bench")
    choices: Any = COMPLETION["choices"]
    want = choices[0]["message"]["content"]
    messages: Any = MESSAGES  # plain dicts, as callers write them
    answers = [
        client.chat.completions.create(model="gpt-4o-mini", messages=messages).choices[0].message.content
        for client in (direct, proxied)
    ]
    per_call(direct.chat.completions.create, args.warmup)  # warms both connection pools
    per_call(proxied.chat.completions.create, args.warmup)
    pl.flush()
    admin.clear_requests()

    def timed_proxy() -> float:
        seconds = per_call(proxied.chat.completions.create, args.n)
        pl.flush()  # the next chunk starts with no logs pending
        return seconds

    loops: dict[str, Callable[[], float]] = {
        "direct_s": lambda: per_call(direct.chat.completions.create, args.n),
        "proxy_s": timed_proxy,
        "direct_cpu_s": lambda: cpu_per_call(direct.chat.completions.create, args.n),
        "proxy_cpu_s": lambda: cpu_per_call(proxied.chat.completions.create, args.n, pl.flush),
    }
    report: dict[str, list[float]] = {name: [] for name in loops}
    for index in range(args.rounds):
        for pair in (("direct_s", "proxy_s"), ("direct_cpu_s", "proxy_cpu_s")):
            for name in pair if index % 2 == 0 else pair[::-1]:
                report[name].append(loops[name]())
    logged = sum(r["operation_id"] == "track_request" for r in admin.call("GET", "requests"))
    pl.close()
    direct.close()
    return {
        **report,
        "wrong": sum(answer != want for answer in answers),
        "logged": logged,
        "expected_logs": 2 * args.rounds * args.n,
    }


SCENARIOS = {"sequential": sequential, "proxy": proxy}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--provider-url", help="proxy: the fake OpenAI endpoint")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=6, help="proxy: chunks of --n calls per loop")
    parser.add_argument("--cache-ttl", type=float, default=0.0)
    args = parser.parse_args()
    report = SCENARIOS[args.scenario](args)
    report["sdk"] = identity()
    if report.get("samples_us"):
        report["median_us"] = statistics.median(report["samples_us"])
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
