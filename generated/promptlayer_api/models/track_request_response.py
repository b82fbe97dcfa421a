from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_request_response_prompt_blueprint_type_0 import (
        TrackRequestResponsePromptBlueprintType0,
    )


T = TypeVar("T", bound="TrackRequestResponse")


@_attrs_define
class TrackRequestResponse:
    """Result of tracking a provider call."""

    success: bool
    """ True when the log was stored. """
    request_id: int | None | Unset = UNSET
    """ Id of the new request log. """
    prompt_blueprint: None | TrackRequestResponsePromptBlueprintType0 | Unset = UNSET
    """ The logged request rendered as a prompt blueprint (when requested). """
    message: None | str | Unset = UNSET
    """ Extra information or an error explanation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.track_request_response_prompt_blueprint_type_0 import (
            TrackRequestResponsePromptBlueprintType0,  # noqa: PLC0415
        )

        success = self.success

        request_id: int | None | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        prompt_blueprint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_blueprint, Unset):
            prompt_blueprint = UNSET
        elif isinstance(self.prompt_blueprint, TrackRequestResponsePromptBlueprintType0):
            prompt_blueprint = self.prompt_blueprint.to_dict()
        else:
            prompt_blueprint = self.prompt_blueprint

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if prompt_blueprint is not UNSET:
            field_dict["prompt_blueprint"] = prompt_blueprint
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_request_response_prompt_blueprint_type_0 import (
            TrackRequestResponsePromptBlueprintType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_request_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        def _parse_prompt_blueprint(data: object) -> None | TrackRequestResponsePromptBlueprintType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_blueprint_type_0 = TrackRequestResponsePromptBlueprintType0.from_dict(data)

                return prompt_blueprint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackRequestResponsePromptBlueprintType0 | Unset, data)

        prompt_blueprint = _parse_prompt_blueprint(d.pop("prompt_blueprint", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        track_request_response = cls(
            success=success,
            request_id=request_id,
            prompt_blueprint=prompt_blueprint,
            message=message,
        )

        track_request_response.additional_properties = d
        return track_request_response

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
