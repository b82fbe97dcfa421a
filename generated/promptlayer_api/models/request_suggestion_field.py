from enum import StrEnum


class RequestSuggestionField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    ENGINE = "engine"
    INPUT_VARIABLE_KEYS = "input_variable_keys"
    INPUT_VARIABLE_VALUES = "input_variable_values"
    METADATA_KEYS = "metadata_keys"
    METADATA_VALUES = "metadata_values"
    OUTPUT_KEYS = "output_keys"
    OUTPUT_VALUES = "output_values"
    PROMPT = "prompt"
    PROMPT_ID = "prompt_id"
    PROVIDER_TYPE = "provider_type"
    STATUS = "status"
    TAGS = "tags"
    TOOL_NAMES = "tool_names"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RequestSuggestionField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
