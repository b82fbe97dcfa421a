from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_file_source import SheetFileSource
    from ..models.sheet_request_logs_source import SheetRequestLogsSource


T = TypeVar("T", bound="SheetCreateRequest")


@_attrs_define
class SheetCreateRequest:
    """A new sheet; without a source it is blank (one text column), with one it is imported."""

    title: None | str | Unset = UNSET
    """ Title; by default "Sheet N", or the file name / "Request Logs" for imports. """
    index: int | None | Unset = UNSET
    """ 0-based display position (appended at the end by default). """
    operation_id: None | str | Unset = UNSET
    """ Idempotency key for an import; not allowed without a source. """
    source: SheetFileSource | SheetRequestLogsSource | Unset = UNSET
    """ Data to import into the sheet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sheet_file_source import SheetFileSource  # noqa: PLC0415

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

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, SheetFileSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if index is not UNSET:
            field_dict["index"] = index
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_file_source import SheetFileSource  # noqa: PLC0415
        from ..models.sheet_request_logs_source import SheetRequestLogsSource  # noqa: PLC0415

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

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        def _parse_source(data: object) -> SheetFileSource | SheetRequestLogsSource | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = SheetFileSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            source_type_1 = SheetRequestLogsSource.from_dict(data)

            return source_type_1

        source = _parse_source(d.pop("source", UNSET))

        sheet_create_request = cls(
            title=title,
            index=index,
            operation_id=operation_id,
            source=source,
        )

        sheet_create_request.additional_properties = d
        return sheet_create_request

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
