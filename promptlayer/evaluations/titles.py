"""The column titles an evaluation's sheet gives its built-in columns.

The server and the runner create these columns themselves, so a user's column may not take
one of their titles (nor an older spelling, nor the lowercase names scorers use for them).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# Dataset fields: each case's own values.
INPUT: Final = "input"
EXPECTED: Final = "expected"
EXPECTED_TRACE: Final = "expected_trace"
# What the runner writes for each case.
OUTPUT: Final = "Output"
TRACE: Final = "Trace"
# Columns derived from the Trace column.
TRACE_PRICE: Final = "Trace.price"
TRACE_LATENCY: Final = "Trace.latency"
TRACE_LINK: Final = "Trace link"
TOTAL_TRACE_TIME: Final = "total_trace_time"
TOTAL_PRICE: Final = "total_price"

CASE_FIELDS: Final = frozenset({INPUT, EXPECTED, EXPECTED_TRACE})
TRACE_TITLES: Final = (TRACE, TRACE_PRICE, TRACE_LATENCY, TRACE_LINK, TOTAL_TRACE_TIME, TOTAL_PRICE)
# Earlier sheets spelled the dataset columns this way: current title -> old title.
LEGACY_TITLES: Final = MappingProxyType(
    {INPUT: "Input", EXPECTED: "Expected", EXPECTED_TRACE: "Expected Trace"}
)
# A scorer's parameter (or a `data[...]` key in its code) -> the column it reads.
SCORER_PARAMETER_COLUMNS: Final = MappingProxyType(
    {INPUT: INPUT, "output": OUTPUT, EXPECTED: EXPECTED, EXPECTED_TRACE: EXPECTED_TRACE, "trace": TRACE}
)

RESERVED_TITLES: Final = frozenset(
    {INPUT, EXPECTED, EXPECTED_TRACE, OUTPUT, *TRACE_TITLES, *LEGACY_TITLES.values(), "output", "trace"}
)


def is_reserved_eval_column_title(title: str) -> bool:
    """Whether `title` belongs to a built-in column (the comparison is exact: case counts)."""
    return title in RESERVED_TITLES
