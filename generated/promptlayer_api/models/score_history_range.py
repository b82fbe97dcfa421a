from enum import StrEnum


class ScoreHistoryRange(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    ALL = "all"
    LAST_100 = "last_100"
    LAST_25 = "last_25"
    LAST_250 = "last_250"
    LAST_50 = "last_50"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ScoreHistoryRange | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
