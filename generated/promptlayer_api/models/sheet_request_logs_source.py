from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SheetRequestLogsSource")


@_attrs_define
class SheetRequestLogsSource:
    """Import logged requests into the new sheet, picked by id or by the filters."""

    type_: Literal["request_logs"] = "request_logs"
    request_log_ids: list[int] | None | Unset = UNSET
    """ Exact request logs to import; when left out the filters below choose them. """
    prompt_id: int | None | Unset = UNSET
    prompt_version_id: int | None | Unset = UNSET
    prompt_label_id: int | None | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    end_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        request_log_ids: list[int] | None | Unset
        if isinstance(self.request_log_ids, Unset):
            request_log_ids = UNSET
        elif isinstance(self.request_log_ids, list):
            request_log_ids = self.request_log_ids

        else:
            request_log_ids = self.request_log_ids

        prompt_id: int | None | Unset
        if isinstance(self.prompt_id, Unset):
            prompt_id = UNSET
        else:
            prompt_id = self.prompt_id

        prompt_version_id: int | None | Unset
        if isinstance(self.prompt_version_id, Unset):
            prompt_version_id = UNSET
        else:
            prompt_version_id = self.prompt_version_id

        prompt_label_id: int | None | Unset
        if isinstance(self.prompt_label_id, Unset):
            prompt_label_id = UNSET
        else:
            prompt_label_id = self.prompt_label_id

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if request_log_ids is not UNSET:
            field_dict["request_log_ids"] = request_log_ids
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if prompt_version_id is not UNSET:
            field_dict["prompt_version_id"] = prompt_version_id
        if prompt_label_id is not UNSET:
            field_dict["prompt_label_id"] = prompt_label_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["request_logs"], d.pop("type"))
        if type_ != "request_logs":
            raise ValueError(f"type must match const 'request_logs', got '{type_}'")

        def _parse_request_log_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_log_ids_type_0 = cast(list[int], data)

                return request_log_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        request_log_ids = _parse_request_log_ids(d.pop("request_log_ids", UNSET))

        def _parse_prompt_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_id = _parse_prompt_id(d.pop("prompt_id", UNSET))

        def _parse_prompt_version_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_version_id = _parse_prompt_version_id(d.pop("prompt_version_id", UNSET))

        def _parse_prompt_label_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_label_id = _parse_prompt_label_id(d.pop("prompt_label_id", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        sheet_request_logs_source = cls(
            type_=type_,
            request_log_ids=request_log_ids,
            prompt_id=prompt_id,
            prompt_version_id=prompt_version_id,
            prompt_label_id=prompt_label_id,
            start_time=start_time,
            end_time=end_time,
        )

        sheet_request_logs_source.additional_properties = d
        return sheet_request_logs_source

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
