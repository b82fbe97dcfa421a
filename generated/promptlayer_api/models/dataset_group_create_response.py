from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset import Dataset
    from ..models.dataset_group import DatasetGroup
    from ..models.dataset_group_create_response_dataset_group_type_1 import (
        DatasetGroupCreateResponseDatasetGroupType1,
    )
    from ..models.dataset_group_create_response_dataset_type_1 import DatasetGroupCreateResponseDatasetType1
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="DatasetGroupCreateResponse")


@_attrs_define
class DatasetGroupCreateResponse:
    success: bool
    dataset_group: DatasetGroup | DatasetGroupCreateResponseDatasetGroupType1
    dataset: Dataset | DatasetGroupCreateResponseDatasetType1
    """ The group's first dataset, a draft (version_number -1). """
    external_ids: list[ExternalId]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset import Dataset  # noqa: PLC0415
        from ..models.dataset_group import DatasetGroup  # noqa: PLC0415

        success = self.success

        dataset_group: dict[str, Any]
        if isinstance(self.dataset_group, DatasetGroup):
            dataset_group = self.dataset_group.to_dict()
        else:
            dataset_group = self.dataset_group.to_dict()

        dataset: dict[str, Any]
        if isinstance(self.dataset, Dataset):
            dataset = self.dataset.to_dict()
        else:
            dataset = self.dataset.to_dict()

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "dataset_group": dataset_group,
                "dataset": dataset,
                "external_ids": external_ids,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset import Dataset  # noqa: PLC0415
        from ..models.dataset_group import DatasetGroup  # noqa: PLC0415
        from ..models.dataset_group_create_response_dataset_group_type_1 import (
            DatasetGroupCreateResponseDatasetGroupType1,  # noqa: PLC0415
        )
        from ..models.dataset_group_create_response_dataset_type_1 import (
            DatasetGroupCreateResponseDatasetType1,  # noqa: PLC0415
        )
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_dataset_group(data: object) -> DatasetGroup | DatasetGroupCreateResponseDatasetGroupType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_group_type_0 = DatasetGroup.from_dict(data)

                return dataset_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            dataset_group_type_1 = DatasetGroupCreateResponseDatasetGroupType1.from_dict(data)

            return dataset_group_type_1

        dataset_group = _parse_dataset_group(d.pop("dataset_group"))

        def _parse_dataset(data: object) -> Dataset | DatasetGroupCreateResponseDatasetType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_type_0 = Dataset.from_dict(data)

                return dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            dataset_type_1 = DatasetGroupCreateResponseDatasetType1.from_dict(data)

            return dataset_type_1

        dataset = _parse_dataset(d.pop("dataset"))

        external_ids = []
        _external_ids = d.pop("external_ids")
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalId.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        message = d.pop("message", UNSET)

        dataset_group_create_response = cls(
            success=success,
            dataset_group=dataset_group,
            dataset=dataset,
            external_ids=external_ids,
            message=message,
        )

        dataset_group_create_response.additional_properties = d
        return dataset_group_create_response

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
