"""One measurement, run in a fresh interpreter by `facade_vs_official.py`; prints one JSON line.

Run inside the official SDK's venv (`.bench/official-venv`, promptlayer==1.5.16) for the
official side, and by the current interpreter for our side and for raw httpx: the same code
measures both SDKs, so only the imported `promptlayer` differs. It uses the standard library,
httpx (a dependency of both SDKs) and whichever `promptlayer` is importable, nothing from
this repository.

    python _official_runner.py SCENARIO --base-url URL --api-key KEY [options]

Scenarios: sequential, raw_sequential, async_burst, raw_async_burst, burst_count,
stale_500, threads, traceable. See `facade_vs_official.py` for what each figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any

TEMPLATE = "welcome"
LABEL = "prod"
FIXED_VARIABLES = {"name": "Ada", "topic": "engines"}


def params_for(variables: dict[str, str]) -> dict[str, Any]:
    return {"label": LABEL, "input_variables": variables}


def expected_user_text(variables: dict[str, str]) -> str:
    return f"Hi, I am {variables['name']}. Tell me about {variables['topic']}."


def rendered_correctly(result: Any, variables: dict[str, str]) -> bool:
    """The user message is rendered with these variables, in the template and in llm_kwargs."""
    want = expected_user_text(variables)
    try:
        template_text = result["prompt_template"]["messages"][1]["content"][0]["text"]
        kwargs_text = result["llm_kwargs"]["messages"][1]["content"][0]["text"]
    except (KeyError, IndexError, TypeError):
        return False
    return bool(template_text == want and kwargs_text == want)


# -- the local server's admin endpoints (stdlib only) -------------------------------------------


class Admin:
    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url
        self.api_key = api_key

    def call(self, method: str, name: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.base_url}/_local/{name}",
            data=data,
            method=method,
            headers={"X-API-KEY": self.api_key, "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            text = answer.read()
        return json.loads(text) if text else None

    def clear_requests(self) -> None:
        self.call("DELETE", "requests")

    def template_gets(self) -> list[int | None]:
        """Statuses of the get_prompt_template requests received since the last clear."""
        return [
            r["status"] for r in self.call("GET", "requests") if r["operation_id"] == "get_prompt_template"
        ]

    def fail_template_gets(self) -> None:
        fault = {"kind": "status", "status": 500}
        self.call("POST", "faults", {"target": "get_prompt_template", "fault": fault, "times": None})

    def clear_faults(self) -> None:
        self.call("DELETE", "faults")


# -- the SDK under test --------------------------------------------------------------------------


def identity() -> dict[str, Any]:
    from importlib.metadata import version

    import promptlayer

    return {"module": promptlayer.__file__, "version": version("promptlayer")}


def sync_client(args: argparse.Namespace, cache_ttl: float) -> Any:
    from promptlayer import PromptLayer

    return PromptLayer(api_key=args.api_key, base_url=args.base_url, cache_ttl_seconds=cache_ttl)


def async_client(args: argparse.Namespace, cache_ttl: float) -> Any:
    from promptlayer import AsyncPromptLayer

    return AsyncPromptLayer(api_key=args.api_key, base_url=args.base_url, cache_ttl_seconds=cache_ttl)


def close_sync(client: Any) -> None:
    close = getattr(client, "close", None)  # the official client has no close()
    if callable(close):
        close()


async def close_async(client: Any) -> None:
    aclose = getattr(client, "aclose", None)  # the official client has no aclose()
    if callable(aclose):
        await aclose()


def ttl_value(seconds: float) -> float | int:
    """The official constructor is typed `int`: pass an int when the value is integral."""
    return int(seconds) if float(seconds).is_integer() else seconds


# -- scenarios -----------------------------------------------------------------------------------


def sequential(args: argparse.Namespace) -> dict[str, Any]:
    """N sequential templates.get calls, each timed; with a cache, new variables every call."""
    client = sync_client(args, ttl_value(args.cache_ttl))
    varying = args.cache_ttl > 0
    for _ in range(args.warmup):
        client.templates.get(TEMPLATE, params_for(FIXED_VARIABLES))
    samples: list[float] = []
    wrong = 0
    clock = time.perf_counter_ns
    cpu_began = time.process_time()  # this process's CPU: steadier than wall time on a busy machine
    for i in range(args.n):
        variables = {"name": f"user-{i}", "topic": f"topic-{i}"} if varying else FIXED_VARIABLES
        params = params_for(variables)
        began = clock()
        result = client.templates.get(TEMPLATE, params)
        samples.append((clock() - began) / 1000.0)
        wrong += not rendered_correctly(result, variables)
    cpu_us = (time.process_time() - cpu_began) * 1e6 / max(args.n, 1)
    close_sync(client)
    return {"samples_us": samples, "cpu_us_per_call": cpu_us, "wrong": wrong}


def raw_sequential(args: argparse.Namespace) -> dict[str, Any]:
    """The same request as `sequential` without a cache, sent with a plain httpx.Client."""
    import httpx

    url = f"{args.base_url}/prompt-templates/{TEMPLATE}"
    headers = {"X-API-KEY": args.api_key}
    body = params_for(FIXED_VARIABLES)
    samples: list[float] = []
    wrong = 0
    clock = time.perf_counter_ns
    with httpx.Client() as client:
        for _ in range(args.warmup):
            client.post(url, json=body, headers=headers).raise_for_status()
        for _ in range(args.n):
            began = clock()
            answer = client.post(url, json=body, headers=headers)
            answer.raise_for_status()
            result = answer.json()
            samples.append((clock() - began) / 1000.0)
            wrong += not rendered_correctly(result, FIXED_VARIABLES)
    return {"samples_us": samples, "wrong": wrong}


def burst_variables(i: int) -> dict[str, str]:
    return {"name": f"task-{i}", "topic": f"topic-{i % 7}"}


async def _async_burst(args: argparse.Namespace, cache_ttl: float, warm: bool) -> dict[str, Any]:
    client = async_client(args, ttl_value(cache_ttl))
    admin = Admin(args.base_url, args.api_key)
    try:
        if warm:
            await client.templates.get(TEMPLATE, params_for(FIXED_VARIABLES))
        admin.clear_requests()
        began = time.perf_counter()
        results = await asyncio.gather(
            *(
                client.templates.get(TEMPLATE, params_for(burst_variables(i)))
                for i in range(args.concurrency)
            ),
            return_exceptions=True,
        )
        wall = time.perf_counter() - began
        statuses = admin.template_gets()
    finally:
        await close_async(client)
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    wrong = sum(
        not isinstance(r, BaseException) and not rendered_correctly(r, burst_variables(i))
        for i, r in enumerate(results)
    )
    return {
        "wall_s": wall,
        "server_gets": len(statuses),
        "server_statuses": sorted({s for s in statuses if s is not None}),
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "wrong": wrong,
    }


def async_burst(args: argparse.Namespace) -> dict[str, Any]:
    """`concurrency` concurrent AsyncPromptLayer gets without a cache, client warmed first."""
    return asyncio.run(_async_burst(args, 0, warm=True))


def burst_count(args: argparse.Namespace) -> dict[str, Any]:
    """`concurrency` concurrent gets on a new client with an empty cache: how many reach the server."""
    return asyncio.run(_async_burst(args, args.cache_ttl, warm=False))


def raw_async_burst(args: argparse.Namespace) -> dict[str, Any]:
    """The same `concurrency` POSTs through one shared httpx.AsyncClient."""
    import httpx

    url = f"{args.base_url}/prompt-templates/{TEMPLATE}"
    headers = {"X-API-KEY": args.api_key}

    async def main() -> dict[str, Any]:
        async with httpx.AsyncClient() as client:

            async def one(i: int) -> bool:
                answer = await client.post(url, json=params_for(burst_variables(i)), headers=headers)
                answer.raise_for_status()
                return rendered_correctly(answer.json(), burst_variables(i))

            (await client.post(url, json=params_for(FIXED_VARIABLES), headers=headers)).raise_for_status()
            began = time.perf_counter()
            results = await asyncio.gather(*(one(i) for i in range(args.concurrency)), return_exceptions=True)
            wall = time.perf_counter() - began
        errors = [repr(r) for r in results if isinstance(r, BaseException)]
        return {
            "wall_s": wall,
            "errors": len(errors),
            "first_error": errors[0] if errors else None,
            "wrong": sum(r is False for r in results),
        }

    return asyncio.run(main())


def stale_500(args: argparse.Namespace) -> dict[str, Any]:
    """Cache a template, let it expire, make the API answer 500: how long until the stale one comes back."""
    client = sync_client(args, ttl_value(args.cache_ttl))
    admin = Admin(args.base_url, args.api_key)
    admin.clear_faults()
    variables = {"name": "Stale", "topic": "outages"}
    client.templates.get(TEMPLATE, params_for(FIXED_VARIABLES))  # fills the cache
    time.sleep(args.cache_ttl + 0.25)  # the entry is now stale
    admin.fail_template_gets()
    admin.clear_requests()
    outcome: dict[str, Any] = {}

    def get() -> None:
        try:
            outcome["result"] = client.templates.get(TEMPLATE, params_for(variables))
        except BaseException as exc:  # reported, not raised: the run is a measurement
            outcome["error"] = f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}"[:300]
        outcome["elapsed"] = time.perf_counter() - began

    began = time.perf_counter()
    worker = threading.Thread(target=get, daemon=True)
    worker.start()
    worker.join(args.cap)
    try:
        statuses = admin.template_gets()
    finally:
        admin.clear_faults()
    if worker.is_alive():
        return {"timed_out": True, "elapsed": time.perf_counter() - began, "server_gets": len(statuses)}
    result = outcome.get("result")
    return {
        "timed_out": False,
        "elapsed": outcome["elapsed"],
        "error": outcome.get("error"),
        "returned": None if result is None else "template",
        "stale_rendered": result is not None and rendered_correctly(result, variables),
        "server_gets": len(statuses),
        "server_statuses": sorted({s for s in statuses if s is not None}),
    }


def threads(args: argparse.Namespace) -> dict[str, Any]:
    """`threads` threads x `per_thread` cached gets on one shared client, each with its own variables."""
    client = sync_client(args, ttl_value(args.cache_ttl))
    client.templates.get(TEMPLATE, params_for(FIXED_VARIABLES))  # warm the cache
    start = threading.Barrier(args.threads + 1)
    errors = [0] * args.threads
    wrong = [0] * args.threads
    first_error: list[str] = []

    def work(index: int) -> None:
        variables = {"name": f"thread-{index}", "topic": f"topic-{index}"}
        params = params_for(variables)
        start.wait()
        for _ in range(args.per_thread):
            try:
                result = client.templates.get(TEMPLATE, params)
            except Exception as exc:
                errors[index] += 1
                if not first_error:
                    first_error.append(repr(exc)[:300])
                continue
            wrong[index] += not rendered_correctly(result, variables)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(args.threads)]
    for worker in workers:
        worker.start()
    start.wait()
    began = time.perf_counter()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - began
    close_sync(client)
    return {
        "wall_s": wall,
        "errors": sum(errors),
        "wrong": sum(wrong),
        "first_error": first_error[0] if first_error else None,
        "calls": args.threads * args.per_thread,
    }


def traceable(args: argparse.Namespace) -> dict[str, Any]:
    """Per call: a plain function, then `client.traceable()` of it with tracing off and on (its
    spans exported to the local server), in one interpreter."""
    from promptlayer import PromptLayer

    def work(user: str, count: int) -> dict[str, Any]:
        return {"user": user, "count": count + 1}

    def per_call_ns(function: Callable[..., Any]) -> float:
        for index in range(args.warmup):
            function("ada", index)
        started = time.perf_counter_ns()
        for index in range(args.n):
            function("ada", index)
        elapsed: float = (time.perf_counter_ns() - started) / args.n
        return elapsed

    admin = Admin(args.base_url, args.api_key)

    def spans_stored() -> int:
        return len(admin.call("GET", "state")["traces"]["spans"])

    report: dict[str, Any] = {"plain_ns": per_call_ns(work)}
    before = spans_stored()
    for label, enabled in (("off", False), ("on", True)):
        client = PromptLayer(api_key=args.api_key, base_url=args.base_url, enable_tracing=enabled)
        report[f"{label}_ns"] = per_call_ns(client.traceable()(work))
        flush = getattr(client, "flush", None)
        provider = getattr(client, "tracer_provider", None)  # the official client's
        if callable(flush):
            flush()
        elif provider is not None:
            provider.force_flush()
        close_sync(client)
    report["spans_received"] = spans_stored() - before
    report["spans_made"] = args.warmup + args.n
    return report


SCENARIOS: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "sequential": sequential,
    "raw_sequential": raw_sequential,
    "async_burst": async_burst,
    "raw_async_burst": raw_async_burst,
    "burst_count": burst_count,
    "stale_500": stale_500,
    "threads": threads,
    "traceable": traceable,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--cache-ttl", type=float, default=0.0)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--cap", type=float, default=30.0, help="stale_500: stop waiting after this")
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--per-thread", type=int, default=1000)
    args = parser.parse_args()
    report = SCENARIOS[args.scenario](args)
    if not args.scenario.startswith("raw_"):
        report["sdk"] = identity()
    if report.get("samples_us"):
        report["median_us"] = statistics.median(report["samples_us"])
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    # A capped run may leave a worker thread sleeping through the official retry schedule.
    os._exit(0)


if __name__ == "__main__":
    main()
