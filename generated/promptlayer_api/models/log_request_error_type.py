from enum import StrEnum


class LogRequestErrorType(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    PROVIDER_AUTH_ERROR = "PROVIDER_AUTH_ERROR"
    PROVIDER_ERROR = "PROVIDER_ERROR"
    PROVIDER_PARTIAL_RESPONSE = "PROVIDER_PARTIAL_RESPONSE"
    PROVIDER_QUOTA_LIMIT = "PROVIDER_QUOTA_LIMIT"
    PROVIDER_RATE_LIMIT = "PROVIDER_RATE_LIMIT"
    PROVIDER_TIMEOUT = "PROVIDER_TIMEOUT"
    TEMPLATE_RENDER_ERROR = "TEMPLATE_RENDER_ERROR"
    UNKNOWN_ERROR = "UNKNOWN_ERROR"
    VARIABLE_MISSING_OR_EMPTY = "VARIABLE_MISSING_OR_EMPTY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LogRequestErrorType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
