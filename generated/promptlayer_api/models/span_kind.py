from enum import StrEnum


class SpanKind(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    SPANKIND_CLIENT = "SpanKind.CLIENT"
    SPANKIND_CONSUMER = "SpanKind.CONSUMER"
    SPANKIND_INTERNAL = "SpanKind.INTERNAL"
    SPANKIND_PRODUCER = "SpanKind.PRODUCER"
    SPANKIND_SERVER = "SpanKind.SERVER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SpanKind | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
