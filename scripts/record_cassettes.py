"""Re-record the provider cassettes (tests/cassettes/) against the real OpenAI and Anthropic APIs.

    OPENAI_API_KEY=sk-... ANTHROPIC_API_KEY=sk-ant-... python scripts/record_cassettes.py
    python scripts/record_cassettes.py --provider openai        # only one provider

Not part of the test suite (it needs network access and real keys, and costs a few cents).
It runs the provider tests in recording mode (PL_RECORD_CASSETTES=1: vcrpy record_mode
"once", the real keys instead of the fake ones) into a fresh folder (PL_CASSETTE_DIR), so
every call the tests make is recorded once and replayed by the tests that follow. Only when
those tests pass, and no key appears in what was recorded, are the new cassettes copied over
tests/cassettes/; the hand-written ones that cannot be reproduced on demand (a stream the
service breaks off, an Azure deployment, Anthropic's legacy text completions, whose models are
retired, and re-reading the stream of a response made earlier) are left as they are.

What is recorded never holds credentials: request headers carrying them (authorization,
x-api-key, api-key, cookies, organization and project ids) are filtered out, and so are
response headers naming the account (see tests/providers/conftest.py). The 401 cassettes are
recorded with a deliberately invalid key.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes"
TESTS = ROOT / "tests" / "providers"
PROVIDERS = {
    "openai": ("OPENAI_API_KEY", ["test_openai.py", "test_raw_responses.py", "test_proxies.py"]),
    "anthropic": ("ANTHROPIC_API_KEY", ["test_anthropic.py"]),
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--provider", choices=sorted(PROVIDERS), action="append", help="default: every provider"
    )
    wanted = parser.parse_args().provider or sorted(PROVIDERS)

    missing = [PROVIDERS[name][0] for name in wanted if not os.environ.get(PROVIDERS[name][0])]
    if missing:
        print(f"Set {' and '.join(missing)} (or choose --provider).", file=sys.stderr)
        return 2
    keys = [os.environ[PROVIDERS[name][0]] for name in wanted]

    with tempfile.TemporaryDirectory(prefix="cassettes-") as folder:
        env = {**os.environ, "PL_RECORD_CASSETTES": "1", "PL_CASSETTE_DIR": folder}
        tests = [str(TESTS / test) for name in wanted for test in PROVIDERS[name][1]]
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests]
        print("$", " ".join(command))
        if subprocess.run(command, cwd=ROOT, env=env, check=False).returncode != 0:
            print("The tests failed while recording: tests/cassettes/ is unchanged.", file=sys.stderr)
            return 1

        recorded = sorted(Path(folder).glob("*.yaml"))
        leaked = [
            path.name for path in recorded if any(key in path.read_text(encoding="utf-8") for key in keys)
        ]
        if leaked:
            print(f"A key appears in {', '.join(leaked)}: tests/cassettes/ is unchanged.", file=sys.stderr)
            return 1
        for path in recorded:
            shutil.copyfile(path, CASSETTES / path.name)
            print("recorded", (CASSETTES / path.name).relative_to(ROOT))
    print("Now run the suite without keys: python -m pytest tests/providers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
