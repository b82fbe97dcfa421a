from enum import StrEnum


class TemplateFormat(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    F_STRING = "f-string"
    JINJA2 = "jinja2"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TemplateFormat | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
