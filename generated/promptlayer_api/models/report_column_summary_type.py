from enum import StrEnum


class ReportColumnSummaryType(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    ABSOLUTE_NUMERIC_DISTANCE = "ABSOLUTE_NUMERIC_DISTANCE"
    AI_DATA_EXTRACTION = "AI_DATA_EXTRACTION"
    ASSERT_VALID = "ASSERT_VALID"
    COALESCE = "COALESCE"
    CODE_EXECUTION = "CODE_EXECUTION"
    COMBINE_COLUMNS = "COMBINE_COLUMNS"
    COMPARE = "COMPARE"
    CONTAINS = "CONTAINS"
    CONVERSATION_SIMULATOR = "CONVERSATION_SIMULATOR"
    COSINE_SIMILARITY = "COSINE_SIMILARITY"
    COUNT = "COUNT"
    DATASET = "DATASET"
    ENDPOINT = "ENDPOINT"
    HUMAN = "HUMAN"
    JSON_PATH = "JSON_PATH"
    LLM_ASSERTION = "LLM_ASSERTION"
    MATH_OPERATOR = "MATH_OPERATOR"
    MCP = "MCP"
    MIN_MAX = "MIN_MAX"
    PARSE_VALUE = "PARSE_VALUE"
    PROMPT_TEMPLATE = "PROMPT_TEMPLATE"
    REGEX = "REGEX"
    REGEX_EXTRACTION = "REGEX_EXTRACTION"
    VARIABLE = "VARIABLE"
    WORKFLOW = "WORKFLOW"
    XML_PATH = "XML_PATH"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ReportColumnSummaryType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
