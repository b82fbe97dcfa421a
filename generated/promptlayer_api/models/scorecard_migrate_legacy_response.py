from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard import Scorecard
    from ..models.scorecard_migration_skip import ScorecardMigrationSkip


T = TypeVar("T", bound="ScorecardMigrateLegacyResponse")


@_attrs_define
class ScorecardMigrateLegacyResponse:
    """What the migration produced."""

    success: bool
    scorecard: None | Scorecard
    converted_count: int
    skipped: list[ScorecardMigrationSkip]
    legacy_score_deleted: bool
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard import Scorecard  # noqa: PLC0415

        success = self.success

        scorecard: dict[str, Any] | None
        if isinstance(self.scorecard, Scorecard):
            scorecard = self.scorecard.to_dict()
        else:
            scorecard = self.scorecard

        converted_count = self.converted_count

        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)

        legacy_score_deleted = self.legacy_score_deleted

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "scorecard": scorecard,
                "converted_count": converted_count,
                "skipped": skipped,
                "legacy_score_deleted": legacy_score_deleted,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard import Scorecard  # noqa: PLC0415
        from ..models.scorecard_migration_skip import ScorecardMigrationSkip  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_scorecard(data: object) -> None | Scorecard:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scorecard_type_0 = Scorecard.from_dict(data)

                return scorecard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Scorecard, data)

        scorecard = _parse_scorecard(d.pop("scorecard"))

        converted_count = d.pop("converted_count")

        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in _skipped:
            skipped_item = ScorecardMigrationSkip.from_dict(skipped_item_data)

            skipped.append(skipped_item)

        legacy_score_deleted = d.pop("legacy_score_deleted")

        version = d.pop("version")

        scorecard_migrate_legacy_response = cls(
            success=success,
            scorecard=scorecard,
            converted_count=converted_count,
            skipped=skipped,
            legacy_score_deleted=legacy_score_deleted,
            version=version,
        )

        scorecard_migrate_legacy_response.additional_properties = d
        return scorecard_migrate_legacy_response

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
