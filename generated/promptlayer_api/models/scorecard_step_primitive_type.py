from enum import StrEnum


class ScorecardStepPrimitiveType(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    ASSERT_VALID = "ASSERT_VALID"
    CODE_EXECUTION = "CODE_EXECUTION"
    COLUMN_AGGREGATE = "COLUMN_AGGREGATE"
    COMPARE = "COMPARE"
    CONTAINS = "CONTAINS"
    COUNT = "COUNT"
    LLM_ASSERTION = "LLM_ASSERTION"
    MAX_TOOL_CALLS = "MAX_TOOL_CALLS"
    NO_INVALID_TOOL_CALLS = "NO_INVALID_TOOL_CALLS"
    REGEX = "REGEX"
    STRUCTURE = "STRUCTURE"
    TOOL_EVALUATOR = "TOOL_EVALUATOR"
    TRAJECTORY = "TRAJECTORY"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ScorecardStepPrimitiveType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
