from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_content_operation import ApplyPatchCallContentOperation


T = TypeVar("T", bound="ApplyPatchCallContent")


@_attrs_define
class ApplyPatchCallContent:
    """A patch-application tool call."""

    type_: Literal["apply_patch_call"] | Unset = "apply_patch_call"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Block id. """
    call_id: None | str | Unset = UNSET
    """ Call id. """
    operation: ApplyPatchCallContentOperation | Unset = UNSET
    """ Requested patch operation. """
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

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

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
        if operation is not UNSET:
            field_dict["operation"] = operation
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_call_content_operation import ApplyPatchCallContentOperation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["apply_patch_call"] | Unset, d.pop("type", UNSET))
        if type_ != "apply_patch_call" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'apply_patch_call', got '{type_}'")

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

        _operation = d.pop("operation", UNSET)
        operation: ApplyPatchCallContentOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = ApplyPatchCallContentOperation.from_dict(_operation)

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        apply_patch_call_content = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            operation=operation,
            status=status,
        )

        apply_patch_call_content.additional_properties = d
        return apply_patch_call_content

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
