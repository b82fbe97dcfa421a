from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportRunRequest")


@_attrs_define
class ReportRunRequest:
    """Options of a pipeline run."""

    name: str
    """ Name of the report the run produces. """
    dataset_id: int | None | Unset = UNSET
    """ Dataset to run on (the pipeline's own when omitted). """
    refresh_dataset: bool | None | Unset = UNSET
    """ Refresh a dynamic dataset before running. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dataset_id: int | None | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        refresh_dataset: bool | None | Unset
        if isinstance(self.refresh_dataset, Unset):
            refresh_dataset = UNSET
        else:
            refresh_dataset = self.refresh_dataset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if refresh_dataset is not UNSET:
            field_dict["refresh_dataset"] = refresh_dataset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_dataset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dataset_id = _parse_dataset_id(d.pop("dataset_id", UNSET))

        def _parse_refresh_dataset(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        refresh_dataset = _parse_refresh_dataset(d.pop("refresh_dataset", UNSET))

        report_run_request = cls(
            name=name,
            dataset_id=dataset_id,
            refresh_dataset=refresh_dataset,
        )

        report_run_request.additional_properties = d
        return report_run_request

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
