from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_run import EvaluationRun
    from ..models.evaluation_score_configuration_type_0 import EvaluationScoreConfigurationType0
    from ..models.evaluation_tags_type_0 import EvaluationTagsType0
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="Evaluation")


@_attrs_define
class Evaluation:
    """An evaluation pipeline (blueprint) or batch run."""

    id: int
    name: str
    workspace_id: int
    comment: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    """ Creator. """
    dataset_id: int | None | Unset = UNSET
    is_blueprint: bool | Unset = UNSET
    """ True for a pipeline definition, false for a batch run. """
    tags: EvaluationTagsType0 | None | Unset = UNSET
    deleted: bool | Unset = UNSET
    parent_report_id: int | None | Unset = UNSET
    """ The pipeline a batch run belongs to. """
    score_configuration: EvaluationScoreConfigurationType0 | None | Unset = UNSET
    runs: list[EvaluationRun] | Unset = UNSET
    """ Batch runs; only with include_runs=true. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ External ids linked to the evaluation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluation_score_configuration_type_0 import EvaluationScoreConfigurationType0  # noqa: PLC0415
        from ..models.evaluation_tags_type_0 import EvaluationTagsType0  # noqa: PLC0415

        id = self.id

        name = self.name

        workspace_id = self.workspace_id

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
        elif isinstance(self.tags, EvaluationTagsType0):
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
        elif isinstance(self.score_configuration, EvaluationScoreConfigurationType0):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "workspace_id": workspace_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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
        if runs is not UNSET:
            field_dict["runs"] = runs
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_run import EvaluationRun  # noqa: PLC0415
        from ..models.evaluation_score_configuration_type_0 import EvaluationScoreConfigurationType0  # noqa: PLC0415
        from ..models.evaluation_tags_type_0 import EvaluationTagsType0  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        workspace_id = d.pop("workspace_id")

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

        def _parse_tags(data: object) -> EvaluationTagsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = EvaluationTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationTagsType0 | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        deleted = d.pop("deleted", UNSET)

        def _parse_parent_report_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_report_id = _parse_parent_report_id(d.pop("parent_report_id", UNSET))

        def _parse_score_configuration(data: object) -> EvaluationScoreConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = EvaluationScoreConfigurationType0.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationScoreConfigurationType0 | None | Unset, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration", UNSET))

        _runs = d.pop("runs", UNSET)
        runs: list[EvaluationRun] | Unset = UNSET
        if _runs is not UNSET:
            runs = []
            for runs_item_data in _runs:
                runs_item = EvaluationRun.from_dict(runs_item_data)

                runs.append(runs_item)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        evaluation = cls(
            id=id,
            name=name,
            workspace_id=workspace_id,
            comment=comment,
            created_at=created_at,
            updated_at=updated_at,
            folder_id=folder_id,
            user_id=user_id,
            dataset_id=dataset_id,
            is_blueprint=is_blueprint,
            tags=tags,
            deleted=deleted,
            parent_report_id=parent_report_id,
            score_configuration=score_configuration,
            runs=runs,
            external_ids=external_ids,
        )

        evaluation.additional_properties = d
        return evaluation

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
