from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_aggregation import ScorecardAggregation
    from ..models.scorecard_baseline_config_type_0 import ScorecardBaselineConfigType0
    from ..models.scorecard_display_config_type_0 import ScorecardDisplayConfigType0
    from ..models.scorecard_stale_state import ScorecardStaleState
    from ..models.scorecard_status import ScorecardStatus
    from ..models.scorecard_step import ScorecardStep


T = TypeVar("T", bound="Scorecard")


@_attrs_define
class Scorecard:
    """A sheet's scorecard: the criteria rows are judged by."""

    id: UUID
    workspace_id: int
    smart_table_id: UUID
    sheet_id: UUID
    name: str
    evaluated_column_ids: list[str]
    aggregation: ScorecardAggregation
    """ How step results combine into a verdict. """
    status: ScorecardStatus
    """ Lifecycle state of a scorecard. """
    stale_state: None | ScorecardStaleState
    steps: list[ScorecardStep]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    display_config: None | ScorecardDisplayConfigType0 | Unset = UNSET
    baseline_config: None | ScorecardBaselineConfigType0 | Unset = UNSET
    latest_calculation_id: None | Unset | UUID = UNSET
    config_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_baseline_config_type_0 import ScorecardBaselineConfigType0  # noqa: PLC0415
        from ..models.scorecard_display_config_type_0 import ScorecardDisplayConfigType0  # noqa: PLC0415
        from ..models.scorecard_stale_state import ScorecardStaleState  # noqa: PLC0415

        id = str(self.id)

        workspace_id = self.workspace_id

        smart_table_id = str(self.smart_table_id)

        sheet_id = str(self.sheet_id)

        name = self.name

        evaluated_column_ids = self.evaluated_column_ids

        aggregation = self.aggregation.to_dict()

        status = self.status.value

        stale_state: dict[str, Any] | None
        if isinstance(self.stale_state, ScorecardStaleState):
            stale_state = self.stale_state.to_dict()
        else:
            stale_state = self.stale_state

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        display_config: dict[str, Any] | None | Unset
        if isinstance(self.display_config, Unset):
            display_config = UNSET
        elif isinstance(self.display_config, ScorecardDisplayConfigType0):
            display_config = self.display_config.to_dict()
        else:
            display_config = self.display_config

        baseline_config: dict[str, Any] | None | Unset
        if isinstance(self.baseline_config, Unset):
            baseline_config = UNSET
        elif isinstance(self.baseline_config, ScorecardBaselineConfigType0):
            baseline_config = self.baseline_config.to_dict()
        else:
            baseline_config = self.baseline_config

        latest_calculation_id: None | str | Unset
        if isinstance(self.latest_calculation_id, Unset):
            latest_calculation_id = UNSET
        elif isinstance(self.latest_calculation_id, UUID):
            latest_calculation_id = str(self.latest_calculation_id)
        else:
            latest_calculation_id = self.latest_calculation_id

        config_hash: None | str | Unset
        if isinstance(self.config_hash, Unset):
            config_hash = UNSET
        else:
            config_hash = self.config_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "smart_table_id": smart_table_id,
                "sheet_id": sheet_id,
                "name": name,
                "evaluated_column_ids": evaluated_column_ids,
                "aggregation": aggregation,
                "status": status,
                "stale_state": stale_state,
                "steps": steps,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if display_config is not UNSET:
            field_dict["display_config"] = display_config
        if baseline_config is not UNSET:
            field_dict["baseline_config"] = baseline_config
        if latest_calculation_id is not UNSET:
            field_dict["latest_calculation_id"] = latest_calculation_id
        if config_hash is not UNSET:
            field_dict["config_hash"] = config_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_aggregation import ScorecardAggregation  # noqa: PLC0415
        from ..models.scorecard_baseline_config_type_0 import ScorecardBaselineConfigType0  # noqa: PLC0415
        from ..models.scorecard_display_config_type_0 import ScorecardDisplayConfigType0  # noqa: PLC0415
        from ..models.scorecard_stale_state import ScorecardStaleState  # noqa: PLC0415
        from ..models.scorecard_status import ScorecardStatus  # noqa: PLC0415
        from ..models.scorecard_step import ScorecardStep  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        workspace_id = d.pop("workspace_id")

        smart_table_id = UUID(d.pop("smart_table_id"))

        sheet_id = UUID(d.pop("sheet_id"))

        name = d.pop("name")

        evaluated_column_ids = cast(list[str], d.pop("evaluated_column_ids"))

        aggregation = ScorecardAggregation.from_dict(d.pop("aggregation"))

        status = ScorecardStatus(d.pop("status"))

        def _parse_stale_state(data: object) -> None | ScorecardStaleState:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stale_state_type_0 = ScorecardStaleState.from_dict(data)

                return stale_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardStaleState, data)

        stale_state = _parse_stale_state(d.pop("stale_state"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ScorecardStep.from_dict(steps_item_data)

            steps.append(steps_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_display_config(data: object) -> None | ScorecardDisplayConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_config_type_0 = ScorecardDisplayConfigType0.from_dict(data)

                return display_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardDisplayConfigType0 | Unset, data)

        display_config = _parse_display_config(d.pop("display_config", UNSET))

        def _parse_baseline_config(data: object) -> None | ScorecardBaselineConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                baseline_config_type_0 = ScorecardBaselineConfigType0.from_dict(data)

                return baseline_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardBaselineConfigType0 | Unset, data)

        baseline_config = _parse_baseline_config(d.pop("baseline_config", UNSET))

        def _parse_latest_calculation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_calculation_id_type_0 = UUID(data)

                return latest_calculation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        latest_calculation_id = _parse_latest_calculation_id(d.pop("latest_calculation_id", UNSET))

        def _parse_config_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_hash = _parse_config_hash(d.pop("config_hash", UNSET))

        scorecard = cls(
            id=id,
            workspace_id=workspace_id,
            smart_table_id=smart_table_id,
            sheet_id=sheet_id,
            name=name,
            evaluated_column_ids=evaluated_column_ids,
            aggregation=aggregation,
            status=status,
            stale_state=stale_state,
            steps=steps,
            created_at=created_at,
            updated_at=updated_at,
            display_config=display_config,
            baseline_config=baseline_config,
            latest_calculation_id=latest_calculation_id,
            config_hash=config_hash,
        )

        scorecard.additional_properties = d
        return scorecard

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
