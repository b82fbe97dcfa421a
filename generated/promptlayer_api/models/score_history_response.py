from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_history import ScoreHistory


T = TypeVar("T", bound="ScoreHistoryResponse")


@_attrs_define
class ScoreHistoryResponse:
    """A sheet's score history."""

    success: bool
    score_history: ScoreHistory
    """ Score points across saved versions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        score_history = self.score_history.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "score_history": score_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_history import ScoreHistory  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        score_history = ScoreHistory.from_dict(d.pop("score_history"))

        score_history_response = cls(
            success=success,
            score_history=score_history,
        )

        score_history_response.additional_properties = d
        return score_history_response

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
