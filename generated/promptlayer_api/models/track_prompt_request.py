from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_prompt_request_prompt_input_variables import TrackPromptRequestPromptInputVariables


T = TypeVar("T", bound="TrackPromptRequest")


@_attrs_define
class TrackPromptRequest:
    prompt_name: str
    """ Name of the prompt template to link. """
    request_id: int | str
    """ Id of the logged request to link. """
    prompt_input_variables: TrackPromptRequestPromptInputVariables | Unset = UNSET
    """ Values that were substituted into the template. """
    version: int | None | str | Unset = UNSET
    """ Template version to link. """
    label: None | str | Unset = UNSET
    """ Release label that picks the template version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_name = self.prompt_name

        request_id: int | str
        request_id = self.request_id

        prompt_input_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_input_variables, Unset):
            prompt_input_variables = self.prompt_input_variables.to_dict()

        version: int | None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_name": prompt_name,
                "request_id": request_id,
            }
        )
        if prompt_input_variables is not UNSET:
            field_dict["prompt_input_variables"] = prompt_input_variables
        if version is not UNSET:
            field_dict["version"] = version
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_prompt_request_prompt_input_variables import (
            TrackPromptRequestPromptInputVariables,  # noqa: PLC0415
        )

        d = dict(src_dict)
        prompt_name = d.pop("prompt_name")

        def _parse_request_id(data: object) -> int | str:
            return cast(int | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        _prompt_input_variables = d.pop("prompt_input_variables", UNSET)
        prompt_input_variables: TrackPromptRequestPromptInputVariables | Unset
        if isinstance(_prompt_input_variables, Unset):
            prompt_input_variables = UNSET
        else:
            prompt_input_variables = TrackPromptRequestPromptInputVariables.from_dict(_prompt_input_variables)

        def _parse_version(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        track_prompt_request = cls(
            prompt_name=prompt_name,
            request_id=request_id,
            prompt_input_variables=prompt_input_variables,
            version=version,
            label=label,
        )

        track_prompt_request.additional_properties = d
        return track_prompt_request

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
