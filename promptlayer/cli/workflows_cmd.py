"""`promptlayer workflows run NAME`: run a workflow, wait for it, write its result as JSON."""

from __future__ import annotations

import argparse

from ._common import (
    EXIT_OK,
    Subcommands,
    add_connection_options,
    client,
    json_object,
    positive_int,
    seconds,
    write_json,
)


def register(commands: Subcommands) -> None:
    group = commands.add_parser("workflows", help="run workflows", description="Workflows (agents).")
    actions = group.add_subparsers(dest="workflows_command", required=True, metavar="ACTION")
    run = actions.add_parser(
        "run",
        help="run a workflow and write its result",
        description="Run a workflow and wait until it is done. Writes the final output's value "
        "as JSON on stdout (with --all-outputs, every node's result); exit status 1 when the run "
        "fails or outlives --timeout.",
    )
    run.add_argument("name", help="the workflow's name (or id)")
    run.add_argument("--input-variables", type=json_object, default={}, metavar="JSON", help="a JSON object")
    version = run.add_mutually_exclusive_group()
    version.add_argument(
        "--version", type=positive_int, metavar="N", help="this version (default: the latest)"
    )
    version.add_argument("--label", metavar="LABEL", help="the version this release label points at")
    run.add_argument("--timeout", type=seconds, metavar="S", help="give up after S seconds (default: 3600)")
    run.add_argument("--all-outputs", action="store_true", help="every node's result, not only the output's")
    add_connection_options(run, top_level=False)
    run.set_defaults(handler=run_command)


def run_command(args: argparse.Namespace) -> int:
    with client(args) as pl:
        result = pl.run_workflow(
            args.name,
            input_variables=args.input_variables,
            workflow_label_name=args.label,
            workflow_version=args.version,
            return_all_outputs=args.all_outputs,
            timeout=args.timeout,
        )
    write_json(result)
    return EXIT_OK
