from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_version_deltas_item import SheetVersionDeltasItem
    from ..models.sheet_version_metadata import SheetVersionMetadata
    from ..models.sheet_version_score import SheetVersionScore
    from ..models.sheet_version_score_configuration_type_0 import SheetVersionScoreConfigurationType0
    from ..models.sheet_version_snapshot import SheetVersionSnapshot


T = TypeVar("T", bound="SheetVersion")


@_attrs_define
class SheetVersion:
    """A saved version of a sheet."""

    id: UUID
    sheet_id: UUID
    version_number: int
    """ Position in the sheet's sequence of saved versions. """
    name: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    metadata: SheetVersionMetadata | Unset = UNSET
    deltas: list[SheetVersionDeltasItem] | Unset = UNSET
    snapshot: SheetVersionSnapshot | Unset = UNSET
    """ The sheet's contents when saved (in single-version answers). """
    score: SheetVersionScore | Unset = UNSET
    score_configuration: None | SheetVersionScoreConfigurationType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sheet_version_score_configuration_type_0 import SheetVersionScoreConfigurationType0  # noqa: PLC0415

        id = str(self.id)

        sheet_id = str(self.sheet_id)

        version_number = self.version_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        deltas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deltas, Unset):
            deltas = []
            for deltas_item_data in self.deltas:
                deltas_item = deltas_item_data.to_dict()
                deltas.append(deltas_item)

        snapshot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snapshot, Unset):
            snapshot = self.snapshot.to_dict()

        score: dict[str, Any] | Unset = UNSET
        if not isinstance(self.score, Unset):
            score = self.score.to_dict()

        score_configuration: dict[str, Any] | None | Unset
        if isinstance(self.score_configuration, Unset):
            score_configuration = UNSET
        elif isinstance(self.score_configuration, SheetVersionScoreConfigurationType0):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sheet_id": sheet_id,
                "version_number": version_number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if deltas is not UNSET:
            field_dict["deltas"] = deltas
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if score is not UNSET:
            field_dict["score"] = score
        if score_configuration is not UNSET:
            field_dict["score_configuration"] = score_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_version_deltas_item import SheetVersionDeltasItem  # noqa: PLC0415
        from ..models.sheet_version_metadata import SheetVersionMetadata  # noqa: PLC0415
        from ..models.sheet_version_score import SheetVersionScore  # noqa: PLC0415
        from ..models.sheet_version_score_configuration_type_0 import SheetVersionScoreConfigurationType0  # noqa: PLC0415
        from ..models.sheet_version_snapshot import SheetVersionSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        sheet_id = UUID(d.pop("sheet_id"))

        version_number = d.pop("version_number")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: SheetVersionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SheetVersionMetadata.from_dict(_metadata)

        _deltas = d.pop("deltas", UNSET)
        deltas: list[SheetVersionDeltasItem] | Unset = UNSET
        if _deltas is not UNSET:
            deltas = []
            for deltas_item_data in _deltas:
                deltas_item = SheetVersionDeltasItem.from_dict(deltas_item_data)

                deltas.append(deltas_item)

        _snapshot = d.pop("snapshot", UNSET)
        snapshot: SheetVersionSnapshot | Unset
        if isinstance(_snapshot, Unset):
            snapshot = UNSET
        else:
            snapshot = SheetVersionSnapshot.from_dict(_snapshot)

        _score = d.pop("score", UNSET)
        score: SheetVersionScore | Unset
        if isinstance(_score, Unset):
            score = UNSET
        else:
            score = SheetVersionScore.from_dict(_score)

        def _parse_score_configuration(data: object) -> None | SheetVersionScoreConfigurationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = SheetVersionScoreConfigurationType0.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetVersionScoreConfigurationType0 | Unset, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration", UNSET))

        sheet_version = cls(
            id=id,
            sheet_id=sheet_id,
            version_number=version_number,
            name=name,
            created_by=created_by,
            created_at=created_at,
            metadata=metadata,
            deltas=deltas,
            snapshot=snapshot,
            score=score,
            score_configuration=score_configuration,
        )

        sheet_version.additional_properties = d
        return sheet_version

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
