from enum import StrEnum


class ScorecardVerdict(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    ERROR = "error"
    FAIL = "fail"
    PASS = "pass"
    SKIPPED = "skipped"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ScorecardVerdict | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
