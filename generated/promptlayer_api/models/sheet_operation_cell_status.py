from enum import StrEnum


class SheetOperationCellStatus(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    COMPLETED = "COMPLETED"
    DISPATCHED = "DISPATCHED"
    FAILED = "FAILED"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    STALE = "STALE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SheetOperationCellStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
