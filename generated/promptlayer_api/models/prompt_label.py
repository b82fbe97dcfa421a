from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PromptLabel")


@_attrs_define
class PromptLabel:
    """A release label on a prompt template."""

    created_at: datetime.datetime
    """ When the label was created. """
    id: int
    """ Label id. """
    name: str
    """ Label name. """
    prompt_id: int
    """ Prompt template id. """
    prompt_version_id: int
    """ Id of the labelled version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        prompt_id = self.prompt_id

        prompt_version_id = self.prompt_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "prompt_id": prompt_id,
                "prompt_version_id": prompt_version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        name = d.pop("name")

        prompt_id = d.pop("prompt_id")

        prompt_version_id = d.pop("prompt_version_id")

        prompt_label = cls(
            created_at=created_at,
            id=id,
            name=name,
            prompt_id=prompt_id,
            prompt_version_id=prompt_version_id,
        )

        prompt_label.additional_properties = d
        return prompt_label

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
