from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="ExternalIdAttachResponse")


@_attrs_define
class ExternalIdAttachResponse:
    """The link that was just created."""

    external_id: ExternalId
    """ Link between a PromptLayer object and an id in another system. """
    success: bool = True
    """ Always true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        external_id = self.external_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        external_id = ExternalId.from_dict(d.pop("external_id"))

        external_id_attach_response = cls(
            success=success,
            external_id=external_id,
        )

        external_id_attach_response.additional_properties = d
        return external_id_attach_response

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
