"""The local PromptLayer server's own speed: start-to-ready time and template gets per second.

The server runs in its own process (`python -m promptlayer.testing serve`) so the load
generator does not share its interpreter. The load generator is a lean asyncio client that
keeps N connections busy with pre-encoded requests, so it is not the bottleneck.

    python benchmarks/server_throughput.py [--seconds 5] [--connections 16]
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

import httpx

KEY = "bench-key"
TEMPLATE = {
    "prompt_name": "welcome",
    "versions": [
        {
            "prompt_template": {
                "type": "chat",
                "input_variables": ["name", "topic"],
                "messages": [
                    {"role": "system", "content": [{"type": "text", "text": "You are a helpful assistant."}]},
                    {
                        "role": "user",
                        "content": [{"type": "text", "text": "Hi {name}, tell me about {topic}."}],
                    },
                ],
            },
            "metadata": {
                "model": {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0.2}}
            },
        }
    ],
}
BODY = json.dumps({"input_variables": {"name": "Ada", "topic": "engines"}, "provider": "openai"}).encode()


def start_to_ready(runs: int) -> list[float]:
    """In-process: construct + start + first successful template get."""
    from promptlayer.testing import LocalPromptLayer

    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        with LocalPromptLayer(api_key=KEY, seed={"prompt_templates": [TEMPLATE]}) as server:
            answer = httpx.post(
                f"{server.base_url}/prompt-templates/welcome",
                headers={"X-API-KEY": KEY, "Content-Type": "application/json"},
                content=BODY,
            )
            assert answer.status_code == 200, answer.text
            samples.append(time.perf_counter() - began)
    return samples


async def _worker(host: str, port: int, request: bytes, deadline: float, counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    done = 0
    while time.perf_counter() < deadline:
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(head[:80])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        await reader.readexactly(length)
        done += 1
    counts.append(done)
    writer.close()


async def _load(base_url: str, seconds: float, connections: int) -> float:
    host, port = base_url.removeprefix("http://").split(":")
    request = (
        f"POST /prompt-templates/welcome HTTP/1.1\r\nHost: {host}\r\nX-API-KEY: {KEY}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n"
    ).encode() + BODY
    counts: list[int] = []
    began = time.perf_counter()
    deadline = began + seconds
    await asyncio.gather(*(_worker(host, int(port), request, deadline, counts) for _ in range(connections)))
    return sum(counts) / (time.perf_counter() - began)


def throughput(validate: bool, seconds: float, connections: int) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as seed:
        json.dump({"prompt_templates": [TEMPLATE]}, seed)
    command = [sys.executable, "-m", "promptlayer.testing", "serve", "--seed", seed.name, "--api-key", KEY]
    if not validate:
        command.append("--no-validate")
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip().split("=", 1)[1]
        process.stdout.readline()
        return asyncio.run(_load(base_url, seconds, connections))
    finally:
        process.terminate()
        process.wait(timeout=10)
        os.unlink(seed.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    ready = start_to_ready(args.runs)
    median_ms = statistics.median(ready) * 1000
    print(f"start-to-ready (construct, start, first template get): median {median_ms:.1f} ms")
    for validate in (False, True):
        rate = throughput(validate, args.seconds, args.connections)
        label = "on " if validate else "off"
        setup = f"{args.connections} connections, {args.seconds:g} s"
        print(f"template gets/s, validation {label}: {rate:,.0f} ({setup})")


if __name__ == "__main__":
    main()
