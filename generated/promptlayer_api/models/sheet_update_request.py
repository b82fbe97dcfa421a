from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SheetUpdateRequest")


@_attrs_define
class SheetUpdateRequest:
    """Sheet fields to change; fields left out keep their value."""

    title: None | str | Unset = UNSET
    index: int | None | Unset = UNSET
    """ New 0-based display position. """
    expected_row_count: int | None | Unset = UNSET
    """ Rows an evaluation run is going to write. """
    eval_run_status: None | str | Unset = UNSET
    """ State of the evaluation run writing to the sheet (running, completed or aborted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        expected_row_count: int | None | Unset
        if isinstance(self.expected_row_count, Unset):
            expected_row_count = UNSET
        else:
            expected_row_count = self.expected_row_count

        eval_run_status: None | str | Unset
        if isinstance(self.eval_run_status, Unset):
            eval_run_status = UNSET
        else:
            eval_run_status = self.eval_run_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if index is not UNSET:
            field_dict["index"] = index
        if expected_row_count is not UNSET:
            field_dict["expected_row_count"] = expected_row_count
        if eval_run_status is not UNSET:
            field_dict["eval_run_status"] = eval_run_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        def _parse_expected_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expected_row_count = _parse_expected_row_count(d.pop("expected_row_count", UNSET))

        def _parse_eval_run_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eval_run_status = _parse_eval_run_status(d.pop("eval_run_status", UNSET))

        sheet_update_request = cls(
            title=title,
            index=index,
            expected_row_count=expected_row_count,
            eval_run_status=eval_run_status,
        )

        sheet_update_request.additional_properties = d
        return sheet_update_request

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
