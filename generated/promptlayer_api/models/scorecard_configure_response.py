from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard import Scorecard


T = TypeVar("T", bound="ScorecardConfigureResponse")


@_attrs_define
class ScorecardConfigureResponse:
    """The scorecard as saved."""

    success: bool
    scorecard: Scorecard
    """ A sheet's scorecard: the criteria rows are judged by. """
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        scorecard = self.scorecard.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "scorecard": scorecard,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard import Scorecard  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        scorecard = Scorecard.from_dict(d.pop("scorecard"))

        version = d.pop("version")

        scorecard_configure_response = cls(
            success=success,
            scorecard=scorecard,
            version=version,
        )

        scorecard_configure_response.additional_properties = d
        return scorecard_configure_response

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
