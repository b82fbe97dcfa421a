from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_step_config import ScorecardStepConfig
    from ..models.scorecard_step_evidence_mode import ScorecardStepEvidenceMode
    from ..models.scorecard_step_primitive_config import ScorecardStepPrimitiveConfig
    from ..models.scorecard_step_primitive_type import ScorecardStepPrimitiveType
    from ..models.scorecard_step_score_adapter_type_0 import ScorecardStepScoreAdapterType0
    from ..models.scorecard_step_thresholds import ScorecardStepThresholds


T = TypeVar("T", bound="ScorecardStep")


@_attrs_define
class ScorecardStep:
    """One criterion of a scorecard."""

    title: str
    primitive_type: ScorecardStepPrimitiveType
    """ Kind of check a scorecard step runs. """
    id: None | Unset | UUID = UNSET
    """ Set by the service; send it to change an existing step. """
    source_column_ids: list[str] | Unset = UNSET
    weight: float | Unset = UNSET
    required: bool | Unset = UNSET
    """ A failure of this step decides the verdict. """
    thresholds: ScorecardStepThresholds | Unset = UNSET
    primitive_config: ScorecardStepPrimitiveConfig | Unset = UNSET
    """ Settings of the check. """
    score_adapter: None | ScorecardStepScoreAdapterType0 | Unset = UNSET
    """ How the check's output becomes a score. """
    description: None | str | Unset = UNSET
    target_column_id: None | Unset | UUID = UNSET
    evidence_mode: None | ScorecardStepEvidenceMode | Unset = UNSET
    order_index: int | Unset = UNSET
    backing_column_id: None | Unset | UUID = UNSET
    config_hash: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    name: str | Unset = UNSET
    """ Older name for title. """
    evaluator_id: str | Unset = UNSET
    config: ScorecardStepConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_step_evidence_mode import ScorecardStepEvidenceMode  # noqa: PLC0415
        from ..models.scorecard_step_score_adapter_type_0 import ScorecardStepScoreAdapterType0  # noqa: PLC0415

        title = self.title

        primitive_type = self.primitive_type.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        source_column_ids: list[str] | Unset = UNSET
        if not isinstance(self.source_column_ids, Unset):
            source_column_ids = self.source_column_ids

        weight = self.weight

        required = self.required

        thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds.to_dict()

        primitive_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primitive_config, Unset):
            primitive_config = self.primitive_config.to_dict()

        score_adapter: dict[str, Any] | None | Unset
        if isinstance(self.score_adapter, Unset):
            score_adapter = UNSET
        elif isinstance(self.score_adapter, ScorecardStepScoreAdapterType0):
            score_adapter = self.score_adapter.to_dict()
        else:
            score_adapter = self.score_adapter

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        target_column_id: None | str | Unset
        if isinstance(self.target_column_id, Unset):
            target_column_id = UNSET
        elif isinstance(self.target_column_id, UUID):
            target_column_id = str(self.target_column_id)
        else:
            target_column_id = self.target_column_id

        evidence_mode: None | str | Unset
        if isinstance(self.evidence_mode, Unset):
            evidence_mode = UNSET
        elif isinstance(self.evidence_mode, ScorecardStepEvidenceMode):
            evidence_mode = self.evidence_mode.value
        else:
            evidence_mode = self.evidence_mode

        order_index = self.order_index

        backing_column_id: None | str | Unset
        if isinstance(self.backing_column_id, Unset):
            backing_column_id = UNSET
        elif isinstance(self.backing_column_id, UUID):
            backing_column_id = str(self.backing_column_id)
        else:
            backing_column_id = self.backing_column_id

        config_hash: None | str | Unset
        if isinstance(self.config_hash, Unset):
            config_hash = UNSET
        else:
            config_hash = self.config_hash

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        name = self.name

        evaluator_id = self.evaluator_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "primitive_type": primitive_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if source_column_ids is not UNSET:
            field_dict["source_column_ids"] = source_column_ids
        if weight is not UNSET:
            field_dict["weight"] = weight
        if required is not UNSET:
            field_dict["required"] = required
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds
        if primitive_config is not UNSET:
            field_dict["primitive_config"] = primitive_config
        if score_adapter is not UNSET:
            field_dict["score_adapter"] = score_adapter
        if description is not UNSET:
            field_dict["description"] = description
        if target_column_id is not UNSET:
            field_dict["target_column_id"] = target_column_id
        if evidence_mode is not UNSET:
            field_dict["evidence_mode"] = evidence_mode
        if order_index is not UNSET:
            field_dict["order_index"] = order_index
        if backing_column_id is not UNSET:
            field_dict["backing_column_id"] = backing_column_id
        if config_hash is not UNSET:
            field_dict["config_hash"] = config_hash
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if evaluator_id is not UNSET:
            field_dict["evaluator_id"] = evaluator_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_step_config import ScorecardStepConfig  # noqa: PLC0415
        from ..models.scorecard_step_evidence_mode import ScorecardStepEvidenceMode  # noqa: PLC0415
        from ..models.scorecard_step_primitive_config import ScorecardStepPrimitiveConfig  # noqa: PLC0415
        from ..models.scorecard_step_primitive_type import ScorecardStepPrimitiveType  # noqa: PLC0415
        from ..models.scorecard_step_score_adapter_type_0 import ScorecardStepScoreAdapterType0  # noqa: PLC0415
        from ..models.scorecard_step_thresholds import ScorecardStepThresholds  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        primitive_type = ScorecardStepPrimitiveType(d.pop("primitive_type"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        source_column_ids = cast(list[str], d.pop("source_column_ids", UNSET))

        weight = d.pop("weight", UNSET)

        required = d.pop("required", UNSET)

        _thresholds = d.pop("thresholds", UNSET)
        thresholds: ScorecardStepThresholds | Unset
        if isinstance(_thresholds, Unset):
            thresholds = UNSET
        else:
            thresholds = ScorecardStepThresholds.from_dict(_thresholds)

        _primitive_config = d.pop("primitive_config", UNSET)
        primitive_config: ScorecardStepPrimitiveConfig | Unset
        if isinstance(_primitive_config, Unset):
            primitive_config = UNSET
        else:
            primitive_config = ScorecardStepPrimitiveConfig.from_dict(_primitive_config)

        def _parse_score_adapter(data: object) -> None | ScorecardStepScoreAdapterType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_adapter_type_0 = ScorecardStepScoreAdapterType0.from_dict(data)

                return score_adapter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardStepScoreAdapterType0 | Unset, data)

        score_adapter = _parse_score_adapter(d.pop("score_adapter", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_target_column_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_column_id_type_0 = UUID(data)

                return target_column_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_column_id = _parse_target_column_id(d.pop("target_column_id", UNSET))

        def _parse_evidence_mode(data: object) -> None | ScorecardStepEvidenceMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_mode_type_0 = ScorecardStepEvidenceMode(data)

                return evidence_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardStepEvidenceMode | Unset, data)

        evidence_mode = _parse_evidence_mode(d.pop("evidence_mode", UNSET))

        order_index = d.pop("order_index", UNSET)

        def _parse_backing_column_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backing_column_id_type_0 = UUID(data)

                return backing_column_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        backing_column_id = _parse_backing_column_id(d.pop("backing_column_id", UNSET))

        def _parse_config_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_hash = _parse_config_hash(d.pop("config_hash", UNSET))

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

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        name = d.pop("name", UNSET)

        evaluator_id = d.pop("evaluator_id", UNSET)

        _config = d.pop("config", UNSET)
        config: ScorecardStepConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ScorecardStepConfig.from_dict(_config)

        scorecard_step = cls(
            title=title,
            primitive_type=primitive_type,
            id=id,
            source_column_ids=source_column_ids,
            weight=weight,
            required=required,
            thresholds=thresholds,
            primitive_config=primitive_config,
            score_adapter=score_adapter,
            description=description,
            target_column_id=target_column_id,
            evidence_mode=evidence_mode,
            order_index=order_index,
            backing_column_id=backing_column_id,
            config_hash=config_hash,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            evaluator_id=evaluator_id,
            config=config,
        )

        scorecard_step.additional_properties = d
        return scorecard_step

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
