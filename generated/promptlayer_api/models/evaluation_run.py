from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_run_score_configuration_type_0 import EvaluationRunScoreConfigurationType0
    from ..models.evaluation_run_score_type_0 import EvaluationRunScoreType0
    from ..models.evaluation_run_stats import EvaluationRunStats
    from ..models.evaluation_run_tags_type_0 import EvaluationRunTagsType0
    from ..models.report_status import ReportStatus


T = TypeVar("T", bound="EvaluationRun")


@_attrs_define
class EvaluationRun:
    """One batch run of an evaluation pipeline."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    comment: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    workspace_id: int | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    dataset_id: int | None | Unset = UNSET
    is_blueprint: bool | Unset = UNSET
    tags: EvaluationRunTagsType0 | None | Unset = UNSET
    deleted: bool | Unset = UNSET
    parent_report_id: int | None | Unset = UNSET
    """ The pipeline this run belongs to. """
    score_configuration: EvaluationRunScoreConfigurationType0 | None | Unset = UNSET
    score: EvaluationRunScoreType0 | None | Unset = UNSET
    score_matrix: list[Any] | None | Unset = UNSET
    """ Scores across the evaluation columns. """
    score_calculation_error: None | str | Unset = UNSET
    status: ReportStatus | Unset = UNSET
    """ Whether a report's cells are still being computed. """
    stats: EvaluationRunStats | Unset = UNSET
    """ Progress of a batch run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluation_run_score_configuration_type_0 import EvaluationRunScoreConfigurationType0  # noqa: PLC0415
        from ..models.evaluation_run_score_type_0 import EvaluationRunScoreType0  # noqa: PLC0415
        from ..models.evaluation_run_tags_type_0 import EvaluationRunTagsType0  # noqa: PLC0415

        id = self.id

        name = self.name

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        workspace_id = self.workspace_id

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        dataset_id: int | None | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        is_blueprint = self.is_blueprint

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, EvaluationRunTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        deleted = self.deleted

        parent_report_id: int | None | Unset
        if isinstance(self.parent_report_id, Unset):
            parent_report_id = UNSET
        else:
            parent_report_id = self.parent_report_id

        score_configuration: dict[str, Any] | None | Unset
        if isinstance(self.score_configuration, Unset):
            score_configuration = UNSET
        elif isinstance(self.score_configuration, EvaluationRunScoreConfigurationType0):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

        score: dict[str, Any] | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, EvaluationRunScoreType0):
            score = self.score.to_dict()
        else:
            score = self.score

        score_matrix: list[Any] | None | Unset
        if isinstance(self.score_matrix, Unset):
            score_matrix = UNSET
        elif isinstance(self.score_matrix, list):
            score_matrix = self.score_matrix

        else:
            score_matrix = self.score_matrix

        score_calculation_error: None | str | Unset
        if isinstance(self.score_calculation_error, Unset):
            score_calculation_error = UNSET
        else:
            score_calculation_error = self.score_calculation_error

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if is_blueprint is not UNSET:
            field_dict["is_blueprint"] = is_blueprint
        if tags is not UNSET:
            field_dict["tags"] = tags
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if parent_report_id is not UNSET:
            field_dict["parent_report_id"] = parent_report_id
        if score_configuration is not UNSET:
            field_dict["score_configuration"] = score_configuration
        if score is not UNSET:
            field_dict["score"] = score
        if score_matrix is not UNSET:
            field_dict["score_matrix"] = score_matrix
        if score_calculation_error is not UNSET:
            field_dict["score_calculation_error"] = score_calculation_error
        if status is not UNSET:
            field_dict["status"] = status
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_run_score_configuration_type_0 import EvaluationRunScoreConfigurationType0  # noqa: PLC0415
        from ..models.evaluation_run_score_type_0 import EvaluationRunScoreType0  # noqa: PLC0415
        from ..models.evaluation_run_stats import EvaluationRunStats  # noqa: PLC0415
        from ..models.evaluation_run_tags_type_0 import EvaluationRunTagsType0  # noqa: PLC0415
        from ..models.report_status import ReportStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        workspace_id = d.pop("workspace_id", UNSET)

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_dataset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        is_blueprint = d.pop("is_blueprint", UNSET)

        def _parse_tags(data: object) -> EvaluationRunTagsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = EvaluationRunTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationRunTagsType0 | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        deleted = d.pop("deleted", UNSET)

        def _parse_parent_report_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_report_id = _parse_parent_report_id(d.pop("parent_report_id", UNSET))

        def _parse_score_configuration(data: object) -> EvaluationRunScoreConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = EvaluationRunScoreConfigurationType0.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationRunScoreConfigurationType0 | None | Unset, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration", UNSET))

        def _parse_score(data: object) -> EvaluationRunScoreType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_type_0 = EvaluationRunScoreType0.from_dict(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationRunScoreType0 | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_score_matrix(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                score_matrix_type_0 = cast(list[Any], data)

                return score_matrix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        score_matrix = _parse_score_matrix(d.pop("score_matrix", UNSET))

        def _parse_score_calculation_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        score_calculation_error = _parse_score_calculation_error(d.pop("score_calculation_error", UNSET))

        _status = d.pop("status", UNSET)
        status: ReportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReportStatus(_status)

        _stats = d.pop("stats", UNSET)
        stats: EvaluationRunStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = EvaluationRunStats.from_dict(_stats)

        evaluation_run = cls(
            id=id,
            name=name,
            comment=comment,
            created_at=created_at,
            updated_at=updated_at,
            workspace_id=workspace_id,
            folder_id=folder_id,
            user_id=user_id,
            dataset_id=dataset_id,
            is_blueprint=is_blueprint,
            tags=tags,
            deleted=deleted,
            parent_report_id=parent_report_id,
            score_configuration=score_configuration,
            score=score,
            score_matrix=score_matrix,
            score_calculation_error=score_calculation_error,
            status=status,
            stats=stats,
        )

        evaluation_run.additional_properties = d
        return evaluation_run

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
