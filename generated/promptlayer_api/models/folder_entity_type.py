from enum import StrEnum


class FolderEntityType(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    AB_TEST = "AB_TEST"
    DATASET = "DATASET"
    FOLDER = "FOLDER"
    INPUT_VARIABLE_SET = "INPUT_VARIABLE_SET"
    PROMPT = "PROMPT"
    REPORT = "REPORT"
    SNIPPET = "SNIPPET"
    WORKFLOW = "WORKFLOW"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FolderEntityType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
