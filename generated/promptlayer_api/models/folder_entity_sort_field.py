from enum import StrEnum


class FolderEntitySortField(StrEnum):
    """Open enumeration: a value the service adds later parses to a member built on the fly."""

    CREATED_AT = "created_at"
    ID = "id"
    NAME = "name"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FolderEntitySortField | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
