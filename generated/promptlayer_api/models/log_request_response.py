from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_version import PromptVersion
    from ..models.request_status import RequestStatus


T = TypeVar("T", bound="LogRequestResponse")


@_attrs_define
class LogRequestResponse:
    """The stored request log."""

    id: int
    """ Request log id. """
    prompt_version: None | PromptVersion
    """ Template version the log is tied to; null when the log has no template. """
    status: RequestStatus | Unset = UNSET
    """ Outcome recorded for a logged request. """
    error_type: None | str | Unset = UNSET
    """ Failure category. """
    error_message: None | str | Unset = UNSET
    """ Failure details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prompt_version import PromptVersion  # noqa: PLC0415

        id = self.id

        prompt_version: dict[str, Any] | None
        if isinstance(self.prompt_version, PromptVersion):
            prompt_version = self.prompt_version.to_dict()
        else:
            prompt_version = self.prompt_version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prompt_version": prompt_version,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_version import PromptVersion  # noqa: PLC0415
        from ..models.request_status import RequestStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_prompt_version(data: object) -> None | PromptVersion:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_version_type_0 = PromptVersion.from_dict(data)

                return prompt_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptVersion, data)

        prompt_version = _parse_prompt_version(d.pop("prompt_version"))

        _status = d.pop("status", UNSET)
        status: RequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RequestStatus(_status)

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        log_request_response = cls(
            id=id,
            prompt_version=prompt_version,
            status=status,
            error_type=error_type,
            error_message=error_message,
        )

        log_request_response.additional_properties = d
        return log_request_response

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
