from enum import StrEnum


class WorkflowVersionConditionOperator(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    EQ = "="
    GE = ">="
    GT = ">"
    IN = "in"
    IS_NOT_NULL = "is_not_null"
    IS_NULL = "is_null"
    LE = "<="
    LT = "<"
    NE = "!="
    NOT_IN = "not_in"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowVersionConditionOperator | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
