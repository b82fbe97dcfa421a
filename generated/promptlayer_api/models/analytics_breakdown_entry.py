from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsBreakdownEntry")


@_attrs_define
class AnalyticsBreakdownEntry:
    """Totals of one provider, prompt or tag."""

    provider: str | Unset = UNSET
    """ Set on provider rows. """
    prompt_id: str | Unset = UNSET
    """ Set on prompt rows. """
    tag: str | Unset = UNSET
    """ Set on tag rows. """
    requests: int | Unset = UNSET
    cost: float | Unset = UNSET
    tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        prompt_id = self.prompt_id

        tag = self.tag

        requests = self.requests

        cost = self.cost

        tokens = self.tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if prompt_id is not UNSET:
            field_dict["promptId"] = prompt_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if requests is not UNSET:
            field_dict["requests"] = requests
        if cost is not UNSET:
            field_dict["cost"] = cost
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if input_tokens is not UNSET:
            field_dict["inputTokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["outputTokens"] = output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        prompt_id = d.pop("promptId", UNSET)

        tag = d.pop("tag", UNSET)

        requests = d.pop("requests", UNSET)

        cost = d.pop("cost", UNSET)

        tokens = d.pop("tokens", UNSET)

        input_tokens = d.pop("inputTokens", UNSET)

        output_tokens = d.pop("outputTokens", UNSET)

        analytics_breakdown_entry = cls(
            provider=provider,
            prompt_id=prompt_id,
            tag=tag,
            requests=requests,
            cost=cost,
            tokens=tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
        )

        analytics_breakdown_entry.additional_properties = d
        return analytics_breakdown_entry

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
