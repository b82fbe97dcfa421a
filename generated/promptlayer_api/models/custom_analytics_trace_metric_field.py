from enum import StrEnum


class CustomAnalyticsTraceMetricField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    SPAN_COST_USD = "span_cost_usd"
    SPAN_DURATION_MS = "span_duration_ms"
    SPAN_INPUT_TOKENS = "span_input_tokens"
    SPAN_OUTPUT_TOKENS = "span_output_tokens"
    SPAN_TOKENS = "span_tokens"
    TRACE_DEPTH = "trace_depth"
    TRACE_DURATION_MS = "trace_duration_ms"
    TRACE_INPUT_TOKENS = "trace_input_tokens"
    TRACE_OUTPUT_TOKENS = "trace_output_tokens"
    TRACE_SPAN_COUNT = "trace_span_count"
    TRACE_TOTAL_COST_USD = "trace_total_cost_usd"
    TRACE_TOTAL_TOKENS = "trace_total_tokens"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomAnalyticsTraceMetricField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
