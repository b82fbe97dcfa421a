from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_detail_score_configuration_type_0 import ReportDetailScoreConfigurationType0
    from ..models.report_detail_score_type_0 import ReportDetailScoreType0


T = TypeVar("T", bound="ReportDetail")


@_attrs_define
class ReportDetail:
    """A report (pipeline or run) with its stored fields."""

    id: int
    name: str
    deleted: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    workspace_id: int
    comment: None | str | Unset = UNSET
    is_blueprint: bool | None | Unset = UNSET
    """ True for a pipeline, false for one of its runs. """
    score: None | ReportDetailScoreType0 | Unset = UNSET
    """ Computed score data. """
    score_configuration: None | ReportDetailScoreConfigurationType0 | Unset = UNSET
    """ Scoring settings. """
    score_matrix: list[Any] | None | Unset = UNSET
    """ Matrix produced by custom scoring. """
    score_calculation_error: None | str | Unset = UNSET
    """ Why the score could not be computed. """
    parent_report_id: int | None | Unset = UNSET
    dataset_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    prompt_registry_id: int | None | Unset = UNSET
    """ Linked prompt template. """
    prompt_version_number: int | None | Unset = UNSET
    """ Linked prompt version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_detail_score_configuration_type_0 import ReportDetailScoreConfigurationType0  # noqa: PLC0415
        from ..models.report_detail_score_type_0 import ReportDetailScoreType0  # noqa: PLC0415

        id = self.id

        name = self.name

        deleted = self.deleted

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        workspace_id = self.workspace_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        is_blueprint: bool | None | Unset
        if isinstance(self.is_blueprint, Unset):
            is_blueprint = UNSET
        else:
            is_blueprint = self.is_blueprint

        score: dict[str, Any] | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        elif isinstance(self.score, ReportDetailScoreType0):
            score = self.score.to_dict()
        else:
            score = self.score

        score_configuration: dict[str, Any] | None | Unset
        if isinstance(self.score_configuration, Unset):
            score_configuration = UNSET
        elif isinstance(self.score_configuration, ReportDetailScoreConfigurationType0):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

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

        parent_report_id: int | None | Unset
        if isinstance(self.parent_report_id, Unset):
            parent_report_id = UNSET
        else:
            parent_report_id = self.parent_report_id

        dataset_id: int | None | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        prompt_registry_id: int | None | Unset
        if isinstance(self.prompt_registry_id, Unset):
            prompt_registry_id = UNSET
        else:
            prompt_registry_id = self.prompt_registry_id

        prompt_version_number: int | None | Unset
        if isinstance(self.prompt_version_number, Unset):
            prompt_version_number = UNSET
        else:
            prompt_version_number = self.prompt_version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "deleted": deleted,
                "created_at": created_at,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_blueprint is not UNSET:
            field_dict["is_blueprint"] = is_blueprint
        if score is not UNSET:
            field_dict["score"] = score
        if score_configuration is not UNSET:
            field_dict["score_configuration"] = score_configuration
        if score_matrix is not UNSET:
            field_dict["score_matrix"] = score_matrix
        if score_calculation_error is not UNSET:
            field_dict["score_calculation_error"] = score_calculation_error
        if parent_report_id is not UNSET:
            field_dict["parent_report_id"] = parent_report_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if prompt_registry_id is not UNSET:
            field_dict["prompt_registry_id"] = prompt_registry_id
        if prompt_version_number is not UNSET:
            field_dict["prompt_version_number"] = prompt_version_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_detail_score_configuration_type_0 import ReportDetailScoreConfigurationType0  # noqa: PLC0415
        from ..models.report_detail_score_type_0 import ReportDetailScoreType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        deleted = d.pop("deleted")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        workspace_id = d.pop("workspace_id")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_is_blueprint(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_blueprint = _parse_is_blueprint(d.pop("is_blueprint", UNSET))

        def _parse_score(data: object) -> None | ReportDetailScoreType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_type_0 = ReportDetailScoreType0.from_dict(data)

                return score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportDetailScoreType0 | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_score_configuration(data: object) -> None | ReportDetailScoreConfigurationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = ReportDetailScoreConfigurationType0.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportDetailScoreConfigurationType0 | Unset, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration", UNSET))

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

        def _parse_parent_report_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_report_id = _parse_parent_report_id(d.pop("parent_report_id", UNSET))

        def _parse_dataset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_prompt_registry_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_registry_id = _parse_prompt_registry_id(d.pop("prompt_registry_id", UNSET))

        def _parse_prompt_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_version_number = _parse_prompt_version_number(d.pop("prompt_version_number", UNSET))

        report_detail = cls(
            id=id,
            name=name,
            deleted=deleted,
            created_at=created_at,
            updated_at=updated_at,
            workspace_id=workspace_id,
            comment=comment,
            is_blueprint=is_blueprint,
            score=score,
            score_configuration=score_configuration,
            score_matrix=score_matrix,
            score_calculation_error=score_calculation_error,
            parent_report_id=parent_report_id,
            dataset_id=dataset_id,
            user_id=user_id,
            prompt_registry_id=prompt_registry_id,
            prompt_version_number=prompt_version_number,
        )

        report_detail.additional_properties = d
        return report_detail

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
