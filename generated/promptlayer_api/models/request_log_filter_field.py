from enum import StrEnum


class RequestLogFilterField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    AGENT_INTENT = "agent_intent"
    COST = "cost"
    ENGINE = "engine"
    INPUT_TEXT = "input_text"
    INPUT_TOKENS = "input_tokens"
    INPUT_VARIABLES = "input_variables"
    INPUT_VARIABLE_KEYS = "input_variable_keys"
    IS_JSON = "is_json"
    IS_PLAIN_TEXT = "is_plain_text"
    IS_TOOL_CALL = "is_tool_call"
    LATENCY_MS = "latency_ms"
    METADATA = "metadata"
    METADATA_KEYS = "metadata_keys"
    OUTPUT = "output"
    OUTPUT_KEYS = "output_keys"
    OUTPUT_TEXT = "output_text"
    OUTPUT_TOKENS = "output_tokens"
    PL_ID = "pl_id"
    PROMPT_ID = "prompt_id"
    PROMPT_VERSION_NUMBER = "prompt_version_number"
    PROVIDER_TYPE = "provider_type"
    REQUEST_END_TIME = "request_end_time"
    REQUEST_START_TIME = "request_start_time"
    STATUS = "status"
    TAGS = "tags"
    TOOL_NAMES = "tool_names"
    USER_INTENT = "user_intent"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RequestLogFilterField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
