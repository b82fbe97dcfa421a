from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsPromptTemplateUsage")


@_attrs_define
class AnalyticsPromptTemplateUsage:
    """Request count of one prompt template."""

    prompt_id: str | Unset = UNSET
    requests: int | Unset = UNSET
    prompt_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_id = self.prompt_id

        requests = self.requests

        prompt_name: None | str | Unset
        if isinstance(self.prompt_name, Unset):
            prompt_name = UNSET
        else:
            prompt_name = self.prompt_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_id is not UNSET:
            field_dict["promptId"] = prompt_id
        if requests is not UNSET:
            field_dict["requests"] = requests
        if prompt_name is not UNSET:
            field_dict["promptName"] = prompt_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_id = d.pop("promptId", UNSET)

        requests = d.pop("requests", UNSET)

        def _parse_prompt_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_name = _parse_prompt_name(d.pop("promptName", UNSET))

        analytics_prompt_template_usage = cls(
            prompt_id=prompt_id,
            requests=requests,
            prompt_name=prompt_name,
        )

        analytics_prompt_template_usage.additional_properties = d
        return analytics_prompt_template_usage

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
