from enum import StrEnum


class RequestLogSortBy(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    COST = "cost"
    INPUT_TOKENS = "input_tokens"
    LATENCY_MS = "latency_ms"
    OUTPUT_TOKENS = "output_tokens"
    REQUEST_START_TIME = "request_start_time"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RequestLogSortBy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
