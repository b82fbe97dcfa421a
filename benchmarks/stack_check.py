"""Cost of the check LightDriver makes before every background log: is httpx patched?

Reported in ns per check, as medians over rounds:
- cached: the answer when nothing was replaced since the last check (every log but the first
  after a patch), which reads the checked objects and compares their identities;
- full: the verdict computed from scratch (type and code file of every checked function),
  what each log would pay without the cache.

    python benchmarks/stack_check.py [--checks 200000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import timeit

from promptlayer._transport import light


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    watch = light._StackWatch()
    assert watch.check()[0] is None, "run this with nothing patched"

    def full() -> str | None:
        return light._patched_in(light._stack())

    cached, uncached = [], []
    for _ in range(args.rounds):  # interleaved, so that drift hits both alike
        cached.append(timeit.timeit(watch.check, number=args.checks) / args.checks * 1e9)
        uncached.append(timeit.timeit(full, number=args.checks) / args.checks * 1e9)
    print(f"stack check, cached: {statistics.median(cached):6.0f} ns")
    print(f"stack check, full:   {statistics.median(uncached):6.0f} ns")


if __name__ == "__main__":
    main()
