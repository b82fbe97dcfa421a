from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snippet_usage_label import SnippetUsageLabel
    from ..models.snippet_usage_prompt import SnippetUsagePrompt


T = TypeVar("T", bound="SnippetUsageResponse")


@_attrs_define
class SnippetUsageResponse:
    """Where a snippet is included."""

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    snippet_name: str | Unset = UNSET
    snippet_usage: list[SnippetUsagePrompt] | Unset = UNSET
    total_prompts_using_snippet: int | Unset = UNSET
    label_usage: list[SnippetUsageLabel] | Unset = UNSET
    total_labels_using_snippet: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        snippet_name = self.snippet_name

        snippet_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.snippet_usage, Unset):
            snippet_usage = []
            for snippet_usage_item_data in self.snippet_usage:
                snippet_usage_item = snippet_usage_item_data.to_dict()
                snippet_usage.append(snippet_usage_item)

        total_prompts_using_snippet = self.total_prompts_using_snippet

        label_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_usage, Unset):
            label_usage = []
            for label_usage_item_data in self.label_usage:
                label_usage_item = label_usage_item_data.to_dict()
                label_usage.append(label_usage_item)

        total_labels_using_snippet = self.total_labels_using_snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if snippet_name is not UNSET:
            field_dict["snippet_name"] = snippet_name
        if snippet_usage is not UNSET:
            field_dict["snippet_usage"] = snippet_usage
        if total_prompts_using_snippet is not UNSET:
            field_dict["total_prompts_using_snippet"] = total_prompts_using_snippet
        if label_usage is not UNSET:
            field_dict["label_usage"] = label_usage
        if total_labels_using_snippet is not UNSET:
            field_dict["total_labels_using_snippet"] = total_labels_using_snippet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snippet_usage_label import SnippetUsageLabel  # noqa: PLC0415
        from ..models.snippet_usage_prompt import SnippetUsagePrompt  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        snippet_name = d.pop("snippet_name", UNSET)

        _snippet_usage = d.pop("snippet_usage", UNSET)
        snippet_usage: list[SnippetUsagePrompt] | Unset = UNSET
        if _snippet_usage is not UNSET:
            snippet_usage = []
            for snippet_usage_item_data in _snippet_usage:
                snippet_usage_item = SnippetUsagePrompt.from_dict(snippet_usage_item_data)

                snippet_usage.append(snippet_usage_item)

        total_prompts_using_snippet = d.pop("total_prompts_using_snippet", UNSET)

        _label_usage = d.pop("label_usage", UNSET)
        label_usage: list[SnippetUsageLabel] | Unset = UNSET
        if _label_usage is not UNSET:
            label_usage = []
            for label_usage_item_data in _label_usage:
                label_usage_item = SnippetUsageLabel.from_dict(label_usage_item_data)

                label_usage.append(label_usage_item)

        total_labels_using_snippet = d.pop("total_labels_using_snippet", UNSET)

        snippet_usage_response = cls(
            success=success,
            message=message,
            snippet_name=snippet_name,
            snippet_usage=snippet_usage,
            total_prompts_using_snippet=total_prompts_using_snippet,
            label_usage=label_usage,
            total_labels_using_snippet=total_labels_using_snippet,
        )

        snippet_usage_response.additional_properties = d
        return snippet_usage_response

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
