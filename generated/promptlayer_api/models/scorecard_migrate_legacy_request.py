from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScorecardMigrateLegacyRequest")


@_attrs_define
class ScorecardMigrateLegacyRequest:
    """Migration options."""

    delete_legacy_score: bool | Unset = UNSET
    """ Also remove the legacy configuration (false when omitted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_legacy_score = self.delete_legacy_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_legacy_score is not UNSET:
            field_dict["delete_legacy_score"] = delete_legacy_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_legacy_score = d.pop("delete_legacy_score", UNSET)

        scorecard_migrate_legacy_request = cls(
            delete_legacy_score=delete_legacy_score,
        )

        scorecard_migrate_legacy_request.additional_properties = d
        return scorecard_migrate_legacy_request

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
