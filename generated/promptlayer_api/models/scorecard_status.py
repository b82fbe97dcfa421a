from enum import StrEnum


class ScorecardStatus(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    COMPLETED = "completed"
    FAILED = "failed"
    NEEDS_SETUP = "needs_setup"
    QUEUED = "queued"
    READY = "ready"
    RUNNING = "running"
    STALE = "stale"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ScorecardStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
