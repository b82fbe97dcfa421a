from enum import StrEnum


class CustomAnalyticsMetricField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    CACHED_TOKENS = "cached_tokens"
    COST = "cost"
    INPUT_TOKENS = "input_tokens"
    LATENCY_MS = "latency_ms"
    OUTPUT_TOKENS = "output_tokens"
    PROMPT_VERSION_NUMBER = "prompt_version_number"
    THINKING_TOKENS = "thinking_tokens"
    TOOL_CALL_COUNT = "tool_call_count"
    TURN_COUNT = "turn_count"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomAnalyticsMetricField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
