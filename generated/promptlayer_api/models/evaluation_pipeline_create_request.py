from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_column_definition import EvaluationColumnDefinition
    from ..models.external_id import ExternalId
    from ..models.report_score_configuration import ReportScoreConfiguration


T = TypeVar("T", bound="EvaluationPipelineCreateRequest")


@_attrs_define
class EvaluationPipelineCreateRequest:
    """A new evaluation pipeline."""

    dataset_group_id: int
    """ Dataset group the pipeline runs on. """
    name: None | str | Unset = UNSET
    """ Pipeline name (generated when omitted). """
    folder_id: int | None | Unset = UNSET
    """ Folder to place the pipeline in. """
    dataset_version_number: int | None | Unset = UNSET
    """ Dataset version to use (latest published when omitted). """
    columns: list[EvaluationColumnDefinition] | None | Unset = UNSET
    """ Columns to create with the pipeline. """
    score_configuration: None | ReportScoreConfiguration | Unset = UNSET
    """ Custom scoring code. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ IDs of this pipeline in other systems. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_score_configuration import ReportScoreConfiguration  # noqa: PLC0415

        dataset_group_id = self.dataset_group_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        dataset_version_number: int | None | Unset
        if isinstance(self.dataset_version_number, Unset):
            dataset_version_number = UNSET
        else:
            dataset_version_number = self.dataset_version_number

        columns: list[dict[str, Any]] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, list):
            columns = []
            for columns_type_0_item_data in self.columns:
                columns_type_0_item = columns_type_0_item_data.to_dict()
                columns.append(columns_type_0_item)

        else:
            columns = self.columns

        score_configuration: dict[str, Any] | None | Unset
        if isinstance(self.score_configuration, Unset):
            score_configuration = UNSET
        elif isinstance(self.score_configuration, ReportScoreConfiguration):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

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
                "dataset_group_id": dataset_group_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if dataset_version_number is not UNSET:
            field_dict["dataset_version_number"] = dataset_version_number
        if columns is not UNSET:
            field_dict["columns"] = columns
        if score_configuration is not UNSET:
            field_dict["score_configuration"] = score_configuration
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_column_definition import EvaluationColumnDefinition  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.report_score_configuration import ReportScoreConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        dataset_group_id = d.pop("dataset_group_id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_dataset_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dataset_version_number = _parse_dataset_version_number(d.pop("dataset_version_number", UNSET))

        def _parse_columns(data: object) -> list[EvaluationColumnDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                columns_type_0 = []
                _columns_type_0 = data
                for columns_type_0_item_data in _columns_type_0:
                    columns_type_0_item = EvaluationColumnDefinition.from_dict(columns_type_0_item_data)

                    columns_type_0.append(columns_type_0_item)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EvaluationColumnDefinition] | None | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_score_configuration(data: object) -> None | ReportScoreConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = ReportScoreConfiguration.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportScoreConfiguration | Unset, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        evaluation_pipeline_create_request = cls(
            dataset_group_id=dataset_group_id,
            name=name,
            folder_id=folder_id,
            dataset_version_number=dataset_version_number,
            columns=columns,
            score_configuration=score_configuration,
            external_ids=external_ids,
        )

        evaluation_pipeline_create_request.additional_properties = d
        return evaluation_pipeline_create_request

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
