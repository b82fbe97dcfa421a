from enum import StrEnum


class BuiltInToolType(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    APPLY_PATCH = "apply_patch"
    BASH = "bash"
    CODE_INTERPRETER = "code_interpreter"
    FILE_SEARCH = "file_search"
    GOOGLE_MAPS = "google_maps"
    IMAGE_GENERATION = "image_generation"
    MCP = "mcp"
    SHELL = "shell"
    TEXT_EDITOR = "text_editor"
    URL_CONTEXT = "url_context"
    WEB_SEARCH = "web_search"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BuiltInToolType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
