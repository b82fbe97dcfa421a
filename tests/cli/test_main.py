"""The command itself: its entry points, its cost, usage errors, and `promptlayer serve`."""

from __future__ import annotations

import subprocess
import sys
import tomllib

import httpx

from promptlayer import __version__

from .helpers import ROOT, TIMEOUT, cli_env, error_line, run_cli


def test_the_script_and_python_m_run_the_same_main() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"promptlayer": "promptlayer.cli:main"}
    done = run_cli("--version")
    assert (done.returncode, done.stdout) == (0, f"promptlayer {__version__}\n")


def test_importing_the_cli_loads_neither_httpx_nor_the_client() -> None:
    heavy = ("httpx", "promptlayer.client", "promptlayer_api", "promptlayer.evaluations")
    code = f"import sys, promptlayer.cli\nprint(sorted(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], env=cli_env(), capture_output=True, text=True, timeout=TIMEOUT
    )
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr


def test_usage_errors_exit_2() -> None:
    nothing = run_cli()
    assert nothing.returncode == 2 and "the following arguments are required: COMMAND" in nothing.stderr
    bad_port = run_cli("serve", "--port", "70000")
    assert bad_port.returncode == 2 and "expected a port from 0 to 65535, got '70000'" in bad_port.stderr
    bad_number = run_cli("templates", "get", "x", "--version", "0")
    assert bad_number.returncode == 2 and "expected a positive integer, got '0'" in bad_number.stderr


def test_serve_prints_its_url_and_answers_until_terminated() -> None:
    seed = ROOT / "examples" / "seed.json"
    process = subprocess.Popen(
        [sys.executable, "-m", "promptlayer", "serve", "--seed", str(seed), "--api-key", "cli-key"],
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first, second = process.stdout.readline(), process.stdout.readline()
        assert first.startswith("PROMPTLAYER_BASE_URL=http://127.0.0.1:"), first
        assert second == "PROMPTLAYER_API_KEY=cli-key\n"
        base_url = first.strip().partition("=")[2]
        answer = httpx.get(f"{base_url}/prompt-templates", headers={"X-API-KEY": "cli-key"}, timeout=10)
        assert answer.status_code == 200
        assert [item["prompt_name"] for item in answer.json()["items"]] == ["welcome-email"]
    finally:
        process.terminate()  # SIGTERM: the server stops and the command exits 0
        _, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, stderr


def test_serve_without_the_testing_extra_names_it() -> None:
    code = (
        "import sys\n"
        "sys.modules['jsonschema'] = None  # as if not installed\n"
        "from promptlayer.cli import main\n"
        "sys.exit(main(['serve']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=cli_env(), capture_output=True, text=True, timeout=TIMEOUT
    )
    assert done.returncode == 1
    assert 'pip install "promptlayer[testing]"' in error_line(done)
