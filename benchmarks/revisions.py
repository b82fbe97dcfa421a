"""The same measurements on two revisions of this SDK, base and head, in one run.

For showing that a change (a restructuring, say) costs nothing measurable: both trees are
measured by the same code, in child processes started alternately (base head, head base,
...), against one local PromptLayer server and one fake OpenAI endpoint, and the table quotes
medians and head/base ratios.

The base revision is checked out with `git worktree add --detach` into `.bench/rev-<sha>`
(gitignored) and the worktree is removed afterwards (kept, and reused while clean, with
`--keep-worktree`). The head is the working tree by default, uncommitted changes included; a
revision or another checkout's folder can be given instead. Both packages are pure Python, so
a child measures a tree with PYTHONPATH=TREE:TREE/generated and this interpreter's
dependencies; every child reports the `promptlayer` and `promptlayer_api` files it imported,
and a run that imported the wrong tree stops. The measurement code (`_revision_runner.py`,
which reuses `_official_runner.py` and `proxy_overhead.py`) calls only public APIs, so it
works on any revision that has them.

Figures (medians; "runs" are child processes, paired base/head in the order they ran):
 1. `import promptlayer` in a fresh interpreter: wall and CPU ms, and the modules it loads.
 2. `templates.get` without cache, sync: wall us per call, and the client's CPU us per call.
 3. Cache hit (cache_ttl_seconds=300, warmed), new variables on every call, us per call.
 4. OpenAI chat completion per call, us, against a fake provider: the openai SDK directly (a
    control: the same code for both trees), through `pl.openai.OpenAI` with its log sent in
    the background, and the difference; then the same as this process's CPU time per call,
    the proxied call's log delivery included.
CPU figures are there because the wall times drift with other work on a small shared machine.
The last column is the range of the per-run head/base ratios, a gauge of the noise. Load from
other processes comes and goes during a run, so even two identical trees can differ beyond it:
the load average is printed with the table, and an A/A run (`--base HEAD` with nothing
changed) shows what "no difference" looks like at the time. Speed is reported, never asserted;
the exit status is 1 only when a correctness check fails on either side (wrong renders, wrong
completions, proxied calls not logged) or a run imported the wrong tree.

    python benchmarks/revisions.py --base REV [--head REV|DIR] [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from facade_vs_official import KEY, child_env, interleaved, local_server
from proxy_overhead import start_provider

ROOT = Path(__file__).resolve().parent.parent
WORKTREES = ROOT / ".bench"
RUNNER = Path(__file__).resolve().with_name("_revision_runner.py")
SIDES = ("base", "head")

# CPU time besides wall time: other work on a small machine stretches the wall time of an import.
IMPORT_CHILD = """
import sys, time
wall, cpu = time.perf_counter(), time.process_time()
import promptlayer
print(time.perf_counter() - wall, time.process_time() - cpu, len(sys.modules))
import promptlayer_api
print(promptlayer.__file__)
print(promptlayer_api.__file__)
"""


@dataclass(frozen=True)
class Plan:
    import_runs: int  # figure 1, fresh interpreters per tree
    runs: int  # figures 2 and 3, child processes per tree
    sequential_calls: int  # figure 2, per run
    cache_calls: int  # figure 3, per run
    proxy_runs: int  # figure 4, child processes per tree
    proxy_rounds: int  # figure 4, chunks per loop and run
    proxy_calls: int  # figure 4, calls per chunk


FULL = Plan(
    import_runs=20,
    runs=6,
    sequential_calls=300,
    cache_calls=5000,
    proxy_runs=6,
    proxy_rounds=6,
    proxy_calls=50,
)
QUICK = Plan(
    import_runs=8,
    runs=3,
    sequential_calls=100,
    cache_calls=2000,
    proxy_runs=2,
    proxy_rounds=4,
    proxy_calls=50,
)


# -- the two trees -------------------------------------------------------------------------------


def git(*args: str, cwd: Path = ROOT) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


@dataclass
class Tree:
    side: str
    path: Path
    commit: str  # the checked-out commit (for the working tree: its HEAD)
    description: str
    remove_after: bool = False  # a worktree under .bench/, removed at the end unless kept

    def env(self) -> dict[str, str]:
        """This tree's `promptlayer` and `promptlayer_api` ahead of any installed copy."""
        return {**child_env(), "PYTHONPATH": os.pathsep.join([str(self.path), str(self.path / "generated")])}

    def check_identity(self, sdk: dict[str, str]) -> None:
        want = {
            "promptlayer": self.path / "promptlayer" / "__init__.py",
            "promptlayer_api": self.path / "generated" / "promptlayer_api" / "__init__.py",
        }
        for package, expected in want.items():
            if Path(sdk[package]).resolve() != expected.resolve():
                raise SystemExit(
                    f"the {self.side} run imported {package} from {sdk[package]}, not {expected}"
                )


def resolve(rev: str) -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"{rev!r} is not a commit of this repository (nor a folder, for --head)")
    return done.stdout.strip()


def subject(commit: str) -> str:
    return git("log", "-1", "--format=%h %s", commit)


def clean_checkout(path: Path, commit: str) -> bool:
    """A worktree of this repository at `commit` with nothing changed or added (build files
    such as __pycache__ are ignored by .gitignore): safe to measure again."""
    if not (path / ".git").is_file():
        return False
    done = subprocess.run(
        ["git", "rev-parse", "HEAD", "--git-common-dir"], cwd=path, capture_output=True, text=True
    )
    if done.returncode != 0:
        return False
    head, common = done.stdout.split()
    if head != commit or (path / common).resolve() != (ROOT / git("rev-parse", "--git-common-dir")).resolve():
        return False
    return git("status", "--porcelain", cwd=path) == ""


def remove_worktree(path: Path) -> None:
    done = subprocess.run(
        ["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0 and path.exists():  # not (or no longer) a registered worktree
        shutil.rmtree(path)
    git("worktree", "prune")


def worktree(side: str, rev: str, keep: bool) -> Tree:
    commit = resolve(rev)
    path = WORKTREES / f"rev-{commit[:12]}"
    description = subject(commit) if commit.startswith(rev) else f"{rev} = {subject(commit)}"
    if clean_checkout(path, commit):
        return Tree(
            side, path, commit, f"{description} (reused {path.relative_to(ROOT)})", remove_after=not keep
        )
    if path.exists():
        print(f"replacing {path.relative_to(ROOT)}: not a clean checkout of {commit[:12]}", flush=True)
        remove_worktree(path)
    git("worktree", "prune")
    WORKTREES.mkdir(exist_ok=True)
    git("worktree", "add", "--detach", "--quiet", str(path), commit)
    return Tree(
        side, path, commit, f"{description} (worktree {path.relative_to(ROOT)})", remove_after=not keep
    )


def head_tree(head: str | None, keep: bool) -> Tree:
    if head is None or Path(head).is_dir():
        path = ROOT if head is None else Path(head).resolve()
        if not (path / "promptlayer" / "__init__.py").is_file():
            raise SystemExit(f"{path} has no promptlayer/ package")
        commit = git("rev-parse", "HEAD", cwd=path)
        changed = len(git("status", "--porcelain", cwd=path).splitlines())
        where = "the working tree" if head is None else str(path)
        return Tree("head", path, commit, f"{where}: {subject(commit)} + {changed} changed/new file(s)")
    return worktree("head", head, keep)


# -- running the children ------------------------------------------------------------------------


def run_child(tree: Tree, command: list[str], timeout: float = 180.0) -> list[str]:
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=tree.path, env=tree.env(), timeout=timeout
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"{tree.side}: {' '.join(command[1:3])} failed (exit {done.returncode})")
    return lines


def import_once(tree: Tree) -> tuple[float, float, int]:
    """(wall ms, CPU ms, modules loaded) for `import promptlayer` in a fresh interpreter started
    in the tree (`-c` puts the current folder first on sys.path, so it must be the tree itself)."""
    timing, promptlayer_file, api_file = run_child(tree, [sys.executable, "-c", IMPORT_CHILD])[-3:]
    tree.check_identity({"promptlayer": promptlayer_file, "promptlayer_api": api_file})
    wall, cpu, modules = timing.split()
    return float(wall) * 1000, float(cpu) * 1000, int(modules)


def scenario(tree: Tree, name: str, base_url: str, **options: Any) -> dict[str, Any]:
    command = [sys.executable, str(RUNNER), name, "--base-url", base_url, "--api-key", KEY]
    for option, value in options.items():
        command += [f"--{option.replace('_', '-')}", str(value)]
    report: dict[str, Any] = json.loads(run_child(tree, command)[-1])
    tree.check_identity(report["sdk"])
    return report


# -- figures -------------------------------------------------------------------------------------


@dataclass
class Figure:
    """One row: `samples` pooled for the median, `runs` (one value per child) for the ratios."""

    label: str
    unit: str
    digits: int = 1
    samples: dict[str, list[float]] = field(default_factory=lambda: {side: [] for side in SIDES})
    runs: dict[str, list[float]] = field(default_factory=lambda: {side: [] for side in SIDES})

    def add(self, side: str, samples: list[float], run_value: float | None = None) -> None:
        self.samples[side] += samples
        self.runs[side].append(statistics.median(samples) if run_value is None else run_value)

    def median(self, side: str) -> float:
        return statistics.median(self.samples[side])

    def ratio(self) -> float:
        base = self.median("base")
        return self.median("head") / base if base else float("nan")

    def run_ratios(self) -> list[float]:
        return [h / b for b, h in zip(self.runs["base"], self.runs["head"], strict=True) if b]

    def row(self) -> list[str]:
        ratios = self.run_ratios()
        spread = f"{min(ratios):.2f} to {max(ratios):.2f}" if ratios else "-"
        cells = [f"{self.median(side):,.{self.digits}f}" for side in SIDES]
        return [f"{self.label}, {self.unit}", *cells, f"{self.ratio():.2f}", spread]

    def as_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "unit": self.unit,
            "base": self.median("base"),
            "head": self.median("head"),
            "head_over_base": self.ratio(),
            "run_ratios": self.run_ratios(),
            "runs": self.runs,
        }


def print_table(figures: list[Figure]) -> None:
    head = ["measurement", "base", "head", "head/base", "runs' head/base"]
    rows = [head, *(figure.row() for figure in figures)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    for index, row in enumerate(rows):
        print(
            "  ".join(
                text.ljust(widths[0]) if i == 0 else text.rjust(widths[i]) for i, text in enumerate(row)
            )
        )
        if index == 0:
            print("-" * (sum(widths) + 2 * (len(widths) - 1)))


def measure(trees: dict[str, Tree], plan: Plan, failures: list[str]) -> list[Figure]:
    def check(ok: bool, what: str) -> None:
        if not ok:
            failures.append(what)

    for tree in trees.values():  # compiles the trees' bytecode and checks what they import
        import_once(tree)

    print(f"figure 1: {plan.import_runs} fresh interpreters per tree ...", flush=True)
    imports = Figure("1a import promptlayer", "ms")
    import_cpu = Figure("1b import promptlayer, CPU", "ms")
    modules = Figure("1c modules loaded by the import", "count", digits=0)
    for side in interleaved(plan.import_runs, SIDES):
        wall, cpu, count = import_once(trees[side])
        imports.add(side, [wall])
        import_cpu.add(side, [cpu])
        modules.add(side, [float(count)])
    figures = [imports, import_cpu, modules]

    with local_server() as base_url:
        print(f"figure 2: {plan.runs} runs x {plan.sequential_calls} uncached gets per tree ...", flush=True)
        uncached = Figure("2a templates.get, no cache", "us/call", digits=0)
        uncached_cpu = Figure("2b templates.get, no cache, CPU", "us/call", digits=0)
        for side in interleaved(plan.runs, SIDES):
            report = scenario(trees[side], "sequential", base_url, n=plan.sequential_calls)
            uncached.add(side, report["samples_us"])
            uncached_cpu.add(side, [report["cpu_us_per_call"]])
            check(report["wrong"] == 0, f"2 {side}: {report['wrong']} wrong renders")
        figures += [uncached, uncached_cpu]

        print(f"figure 3: {plan.runs} runs x {plan.cache_calls} cache hits per tree ...", flush=True)
        hits = Figure("3  templates.get, cache hit", "us/call", digits=1)
        for side in interleaved(plan.runs, SIDES):
            report = scenario(trees[side], "sequential", base_url, n=plan.cache_calls, cache_ttl=300)
            hits.add(side, report["samples_us"])
            check(report["wrong"] == 0, f"3 {side}: {report['wrong']} wrong renders")
        figures.append(hits)

        print(
            f"figure 4: {plan.proxy_runs} runs x {plan.proxy_rounds} chunks x {plan.proxy_calls} "
            "chat completions per loop and tree ...",
            flush=True,
        )
        provider_url, provider = start_provider()
        try:
            direct = Figure("4a openai SDK directly (control)", "us/call", digits=0)
            proxied = Figure("4b pl.openai proxy, log in background", "us/call", digits=0)
            overhead = Figure("4c proxy overhead (4b - 4a)", "us/call", digits=0)
            direct_cpu = Figure("4d openai SDK directly, CPU (control)", "us/call", digits=0)
            proxied_cpu = Figure("4e pl.openai proxy, CPU, log included", "us/call", digits=0)
            overhead_cpu = Figure("4f proxy overhead, CPU (4e - 4d)", "us/call", digits=0)
            for side in interleaved(plan.proxy_runs, SIDES):
                report = scenario(
                    trees[side],
                    "proxy",
                    base_url,
                    provider_url=provider_url,
                    n=plan.proxy_calls,
                    rounds=plan.proxy_rounds,
                )
                us = {key: [value * 1e6 for value in report[key]] for key in report if key.endswith("_s")}
                for figure, key in (
                    (direct, "direct_s"),
                    (proxied, "proxy_s"),
                    (direct_cpu, "direct_cpu_s"),
                    (proxied_cpu, "proxy_cpu_s"),
                ):
                    figure.add(side, us[key])
                # Each chunk through the proxy against the direct chunk next to it in time.
                overhead.add(side, [p - d for p, d in zip(us["proxy_s"], us["direct_s"], strict=True)])
                overhead_cpu.add(
                    side, [p - d for p, d in zip(us["proxy_cpu_s"], us["direct_cpu_s"], strict=True)]
                )
                check(report["wrong"] == 0, f"4 {side}: {report['wrong']} wrong completions")
                check(
                    report["logged"] == report["expected_logs"],
                    f"4 {side}: {report['logged']} of {report['expected_logs']} proxied calls logged",
                )
        finally:
            provider.terminate()
            provider.wait(timeout=10)
        figures += [direct, proxied, overhead, direct_cpu, proxied_cpu, overhead_cpu]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the revision to compare against (any git rev)")
    parser.add_argument("--head", help="a revision, or a checkout's folder (default: the working tree)")
    parser.add_argument("--quick", action="store_true", help="fewer runs (well under a minute)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures and every run's value here")
    parser.add_argument(
        "--keep-worktree", action="store_true", help="keep .bench/rev-* for the next run (reused while clean)"
    )
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    trees: dict[str, Tree] = {}
    failures: list[str] = []
    try:
        trees["base"] = worktree("base", args.base, args.keep_worktree)
        trees["head"] = head_tree(args.head, args.keep_worktree)
        figures = measure(trees, plan, failures)
    finally:
        for path in {tree.path for tree in trees.values() if tree.remove_after}:
            remove_worktree(path)
    wall = time.perf_counter() - began
    load = f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end, {os.cpu_count()} CPUs"

    print()
    for tree in trees.values():
        print(f"{tree.side}: {tree.description}")
    print(f"mode: {'quick' if args.quick else 'full'}; medians; head/base < 1 means head is faster/fewer")
    print(f"load average (1 min): {load}")
    print()
    print_table(figures)
    print()
    print(f"total {wall:.0f} s")
    if args.json:
        result = {
            "base": {"rev": args.base, "commit": trees["base"].commit, "tree": trees["base"].description},
            "head": {"rev": args.head, "commit": trees["head"].commit, "tree": trees["head"].description},
            "mode": "quick" if args.quick else "full",
            "plan": asdict(plan),
            "figures": [figure.as_json() for figure in figures],
            "failures": failures,
            "wall_s": wall,
            "load_average": load,
        }
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if failures:
        print("CORRECTNESS CHECKS FAILED:")
        for failure in failures:
            print(f"  - {failure}")
        raise SystemExit(1)
    print("correctness checks (both trees): all passed")


if __name__ == "__main__":
    main()
