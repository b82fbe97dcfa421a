"""Cost of the OpenAI proxy per non-streaming call, against the openai SDK called directly.

Both sides call the same locally served chat completion (a small HTTP server in its own
process answering a canned `chat.completion`), interleaved in rounds. The local PromptLayer
server runs in a third process; on a machine with few cores its work competes with both
sides, so the client's own CPU time per call is reported too. Reported, as medians:
- the proxy's own cost: its logs are held during the timed calls and sent right after (all
  of them reach the local PromptLayer server, which runs in its own process);
- the proxy with its logs sent in the background during the calls, which on this 2-core
  machine competes with the calls for the interpreter;
- the PromptLayer log round trip on its own (`return_pl_id=True` waits for each log);
- this process's CPU time per call (all threads), direct and through the proxy with each
  log sent (the background sender's work included);
- the same direct / logs-held / logs-in-background figures for AsyncOpenAI through
  AsyncPromptLayer (whose background logs go through the same worker threads).

    python benchmarks/proxy_overhead.py [--calls 300] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

import httpx

COMPLETION = {
    "id": "chatcmpl-bench",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "gpt-4o-mini-2024-07-18",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello! How can I help?", "refusal": None},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 12, "completion_tokens": 7, "total_tokens": 19},
    "system_fingerprint": "fp_bench",
}
MESSAGES = [{"role": "user", "content": "Say hello."}]


def serve_provider(port_file: str) -> None:
    """Run a fake OpenAI endpoint on 127.0.0.1 answering every POST with COMPLETION
    (in its own process, as a real provider would be)."""
    # Imported here, not at the top: revisions.py imports this module's helpers into children
    # that measure another revision's promptlayer, whose private modules may differ.
    from promptlayer.testing._http import HttpServer, Outcome, listening_socket
    from promptlayer.testing._types import Request, Response

    sock = listening_socket("127.0.0.1", 0)
    body = json.dumps(COMPLETION).encode()

    async def dispatch(request: Request) -> Outcome:
        return Outcome(Response(200, body, "application/json"))

    async def main() -> None:
        await HttpServer(dispatch).start(sock)
        with open(port_file, "w") as handle:
            handle.write(str(sock.getsockname()[1]))
        await asyncio.Event().wait()

    asyncio.run(main())


def start_provider() -> tuple[str, subprocess.Popen[str]]:
    with tempfile.NamedTemporaryFile("r", suffix=".port", delete=False) as handle:
        port_file = handle.name
    process = subprocess.Popen([sys.executable, __file__, "--serve-provider", port_file], text=True)
    deadline = time.monotonic() + 10
    while not os.path.getsize(port_file):
        if time.monotonic() > deadline:
            raise RuntimeError("the fake provider did not start")
        time.sleep(0.01)
    with open(port_file) as handle:
        port = handle.read().strip()
    os.unlink(port_file)
    return f"http://127.0.0.1:{port}/v1", process


def per_call(create: Any, calls: int, **extra: Any) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        create(model="gpt-4o-mini", messages=MESSAGES, **extra)
    return (time.perf_counter() - started) / calls


def cpu_per_call(create: Any, calls: int, finish: Any = None) -> float:
    """This process's CPU time (every thread) per call, until `finish()` (pending logs) returns."""
    started = time.process_time()
    for _ in range(calls):
        create(model="gpt-4o-mini", messages=MESSAGES)
    if finish is not None:
        finish()
    return (time.process_time() - started) / calls


async def async_rounds(provider_url: str, base_url: str, calls: int, rounds: int) -> dict[str, list[float]]:
    """The same figures for AsyncOpenAI, direct and through AsyncPromptLayer's proxy."""
    import openai

    from promptlayer import AsyncPromptLayer
    from promptlayer._context import AsyncContext
    from promptlayer.client import context_of

    async def per_call_async(create: Any, count: int) -> float:
        started = time.perf_counter()
        for _ in range(count):
            await create(model="gpt-4o-mini", messages=MESSAGES)
        return (time.perf_counter() - started) / count

    direct = openai.AsyncOpenAI(base_url=provider_url, api_key="sk-bench")
    apl = AsyncPromptLayer(api_key="bench", base_url=base_url)
    context = context_of(apl)
    assert isinstance(context, AsyncContext)  # context_of() is typed for both kinds of client
    log = context.call_log
    proxied = apl.openai.AsyncOpenAI(base_url=provider_url, api_key="sk-bench")
    await per_call_async(direct.chat.completions.create, 20)
    await per_call_async(proxied.chat.completions.create, 20)
    await log.flush()
    results: dict[str, list[float]] = {"direct": [], "held": [], "background": []}
    submit = log.submit
    for _ in range(rounds):
        results["direct"].append(await per_call_async(direct.chat.completions.create, calls))
        held: list[Any] = []
        # A deliberate stand-in for the round ("assignment": mypy compares it with the unbound method).
        log.submit = held.append  # type: ignore[method-assign, assignment]
        results["held"].append(await per_call_async(proxied.chat.completions.create, calls))
        log.submit = submit  # type: ignore[method-assign]
        for body in held:
            submit(body)
        await log.flush()
        results["background"].append(await per_call_async(proxied.chat.completions.create, calls))
        await log.flush()
    await apl.aclose()
    await direct.close()
    return results


def main() -> None:
    import openai

    from promptlayer import PromptLayer
    from promptlayer._context import SyncContext
    from promptlayer.client import context_of

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--serve-provider", metavar="PORT_FILE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_provider:
        serve_provider(args.serve_provider)
        return

    provider_url, provider = start_provider()
    server = subprocess.Popen(
        [sys.executable, "-m", "promptlayer.testing", "serve", "--no-validate", "--api-key", "bench"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip().split("=", 1)[1]
        server.stdout.readline()
        direct = openai.OpenAI(base_url=provider_url, api_key="sk-bench")
        pl = PromptLayer(api_key="bench", base_url=base_url)
        context = context_of(pl)
        assert isinstance(context, SyncContext)  # context_of() is typed for both kinds of client
        log = context.call_log
        proxied = pl.openai.OpenAI(base_url=provider_url, api_key="sk-bench")
        per_call(direct.chat.completions.create, 20)  # warm both connection pools
        per_call(proxied.chat.completions.create, 20)
        log.flush()

        direct_times, held_times, proxy_times, waited_times = [], [], [], []
        direct_cpu, proxy_cpu = [], []
        submit = log.submit
        for _ in range(args.rounds):
            direct_times.append(per_call(direct.chat.completions.create, args.calls))
            held: list[Any] = []
            # A deliberate stand-in for the round ("assignment": mypy compares it with the unbound method).
            log.submit = held.append  # type: ignore[method-assign, assignment]
            held_times.append(per_call(proxied.chat.completions.create, args.calls))
            log.submit = submit  # type: ignore[method-assign]
            for body in held:
                submit(body)
            log.flush()
            proxy_times.append(per_call(proxied.chat.completions.create, args.calls))
            log.flush()  # background logs finish before the next measurement
            waited_times.append(per_call(proxied.chat.completions.create, args.calls // 3, return_pl_id=True))
            direct_cpu.append(cpu_per_call(direct.chat.completions.create, args.calls))
            proxy_cpu.append(cpu_per_call(proxied.chat.completions.create, args.calls, log.flush))
        pl.close()
        async_times = asyncio.run(async_rounds(provider_url, base_url, args.calls, args.rounds))
        logged = len(httpx.get(f"{base_url}/_local/requests", headers={"X-API-KEY": "bench"}).json())
    finally:
        server.terminate()
        provider.terminate()
        server.wait(timeout=10)
        provider.wait(timeout=10)

    direct_us = statistics.median(direct_times) * 1e6
    held_us = statistics.median(held_times) * 1e6
    proxy_us = statistics.median(proxy_times) * 1e6
    waited_us = statistics.median(waited_times) * 1e6
    expected = 20 + args.rounds * (3 * args.calls + args.calls // 3) + 20 + args.rounds * 2 * args.calls
    direct_cpu_us = statistics.median(direct_cpu) * 1e6
    proxy_cpu_us = statistics.median(proxy_cpu) * 1e6
    print(f"openai SDK direct                      {direct_us:8.0f} us/call")
    print(
        f"pl.openai proxy, logs sent after       {held_us:8.0f} us/call   {held_us / direct_us:.2f}x direct"
    )
    print(
        f"pl.openai proxy, logs in background    {proxy_us:8.0f} us/call   {proxy_us / direct_us:.2f}x direct"
    )
    print(f"log round trip (return_pl_id waits):  +{waited_us - direct_us:7.0f} us/call")
    print(
        f"this process's CPU per call: direct {direct_cpu_us:.0f} us, proxy with its log sent "
        f"{proxy_cpu_us:.0f} us ({proxy_cpu_us / direct_cpu_us:.2f}x)"
    )
    async_direct, async_held, async_background = (
        statistics.median(async_times[name]) * 1e6 for name in ("direct", "held", "background")
    )
    print(f"async: AsyncOpenAI direct                 {async_direct:8.0f} us/call")
    print(
        f"async: proxy, logs sent after            {async_held:8.0f} us/call   "
        f"{async_held / async_direct:.2f}x direct"
    )
    print(
        f"async: proxy, logs in background         {async_background:8.0f} us/call   "
        f"{async_background / async_direct:.2f}x direct"
    )
    print(f"calls logged on the local server: {logged} of {expected}")
    print(f"({args.rounds} rounds x {args.calls} calls, medians of the rounds)")


if __name__ == "__main__":
    main()
