from enum import StrEnum


class CustomAnalyticsTraceGroupField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    SPAN_KIND = "span_kind"
    SPAN_NAME = "span_name"
    SPAN_STATUS = "span_status"
    SPAN_TOOL_NAME = "span_tool_name"
    SPAN_TYPE = "span_type"
    TRACE_MODELS_USED = "trace_models_used"
    TRACE_NAME = "trace_name"
    TRACE_PROMPT_IDS = "trace_prompt_ids"
    TRACE_STATUS = "trace_status"
    TRACE_TOOL_NAMES = "trace_tool_names"
    TRACE_WORKFLOW_IDS = "trace_workflow_ids"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomAnalyticsTraceGroupField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
