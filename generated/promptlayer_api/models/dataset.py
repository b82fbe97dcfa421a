from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_filter_params_type_0 import DatasetFilterParamsType0
    from ..models.dataset_group import DatasetGroup
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """One version of a dataset group."""

    id: int
    dataset_group_id: int
    version_number: int
    """ Version number; -1 for a draft. """
    column_names: list[str]
    is_deleted: bool
    user_id: int
    """ Creator. """
    filter_params: DatasetFilterParamsType0 | None | Unset = UNSET
    """ Request log query the version was built from. """
    dataset_group: DatasetGroup | Unset = UNSET
    """ A named dataset; its versions are datasets. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ External ids linked to the dataset group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_filter_params_type_0 import DatasetFilterParamsType0  # noqa: PLC0415

        id = self.id

        dataset_group_id = self.dataset_group_id

        version_number = self.version_number

        column_names = self.column_names

        is_deleted = self.is_deleted

        user_id = self.user_id

        filter_params: dict[str, Any] | None | Unset
        if isinstance(self.filter_params, Unset):
            filter_params = UNSET
        elif isinstance(self.filter_params, DatasetFilterParamsType0):
            filter_params = self.filter_params.to_dict()
        else:
            filter_params = self.filter_params

        dataset_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dataset_group, Unset):
            dataset_group = self.dataset_group.to_dict()

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
                "dataset_group_id": dataset_group_id,
                "version_number": version_number,
                "column_names": column_names,
                "is_deleted": is_deleted,
                "user_id": user_id,
            }
        )
        if filter_params is not UNSET:
            field_dict["filter_params"] = filter_params
        if dataset_group is not UNSET:
            field_dict["dataset_group"] = dataset_group
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_filter_params_type_0 import DatasetFilterParamsType0  # noqa: PLC0415
        from ..models.dataset_group import DatasetGroup  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        dataset_group_id = d.pop("dataset_group_id")

        version_number = d.pop("version_number")

        column_names = cast(list[str], d.pop("column_names"))

        is_deleted = d.pop("is_deleted")

        user_id = d.pop("user_id")

        def _parse_filter_params(data: object) -> DatasetFilterParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_params_type_0 = DatasetFilterParamsType0.from_dict(data)

                return filter_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetFilterParamsType0 | None | Unset, data)

        filter_params = _parse_filter_params(d.pop("filter_params", UNSET))

        _dataset_group = d.pop("dataset_group", UNSET)
        dataset_group: DatasetGroup | Unset
        if isinstance(_dataset_group, Unset):
            dataset_group = UNSET
        else:
            dataset_group = DatasetGroup.from_dict(_dataset_group)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        dataset = cls(
            id=id,
            dataset_group_id=dataset_group_id,
            version_number=version_number,
            column_names=column_names,
            is_deleted=is_deleted,
            user_id=user_id,
            filter_params=filter_params,
            dataset_group=dataset_group,
            external_ids=external_ids,
        )

        dataset.additional_properties = d
        return dataset

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
