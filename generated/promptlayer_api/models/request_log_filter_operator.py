from enum import StrEnum


class RequestLogFilterOperator(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    AFTER = "after"
    BEFORE = "before"
    BETWEEN = "between"
    CONTAINS = "contains"
    ENDS_WITH = "ends_with"
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    IS = "is"
    IS_EMPTY = "is_empty"
    IS_FALSE = "is_false"
    IS_NOT = "is_not"
    IS_NOT_EMPTY = "is_not_empty"
    IS_NOT_NULL = "is_not_null"
    IS_NULL = "is_null"
    IS_TRUE = "is_true"
    KEY_CONTAINS = "key_contains"
    KEY_EQUALS = "key_equals"
    KEY_NOT_EQUALS = "key_not_equals"
    LT = "lt"
    LTE = "lte"
    NEQ = "neq"
    NOT_CONTAINS = "not_contains"
    NOT_IN = "not_in"
    STARTS_WITH = "starts_with"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RequestLogFilterOperator | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
