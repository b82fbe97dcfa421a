from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shell_call_content_action import ShellCallContentAction


T = TypeVar("T", bound="ShellCallContent")


@_attrs_define
class ShellCallContent:
    """A shell tool call."""

    type_: Literal["shell_call"] | Unset = "shell_call"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Block id. """
    call_id: None | str | Unset = UNSET
    """ Call id. """
    action: ShellCallContentAction | Unset = UNSET
    """ Requested shell action. """
    status: None | str | Unset = UNSET
    """ Call status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shell_call_content_action import ShellCallContentAction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["shell_call"] | Unset, d.pop("type", UNSET))
        if type_ != "shell_call" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'shell_call', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        _action = d.pop("action", UNSET)
        action: ShellCallContentAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ShellCallContentAction.from_dict(_action)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        shell_call_content = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
        )

        shell_call_content.additional_properties = d
        return shell_call_content

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
