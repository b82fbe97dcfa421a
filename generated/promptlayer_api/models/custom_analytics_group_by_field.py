from enum import StrEnum


class CustomAnalyticsGroupByField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    ENGINE = "engine"
    ERROR_TYPE = "error_type"
    INPUT_VARIABLE_KEYS = "input_variable_keys"
    METADATA_KEYS = "metadata_keys"
    OUTPUT_KEYS = "output_keys"
    PROMPT_ID = "prompt_id"
    PROMPT_VERSION_NUMBER = "prompt_version_number"
    PROVIDER_TYPE = "provider_type"
    STATUS = "status"
    TAGS = "tags"
    TOOL_NAMES = "tool_names"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomAnalyticsGroupByField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
