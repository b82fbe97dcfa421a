from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_export_trace_partial_success import OtlpExportTracePartialSuccess


T = TypeVar("T", bound="OtlpExportTraceServiceResponse")


@_attrs_define
class OtlpExportTraceServiceResponse:
    """Outcome of an OTLP export."""

    partial_success: None | OtlpExportTracePartialSuccess | Unset = UNSET
    """ Set only when some spans were dropped; null when all were kept. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.otlp_export_trace_partial_success import OtlpExportTracePartialSuccess  # noqa: PLC0415

        partial_success: dict[str, Any] | None | Unset
        if isinstance(self.partial_success, Unset):
            partial_success = UNSET
        elif isinstance(self.partial_success, OtlpExportTracePartialSuccess):
            partial_success = self.partial_success.to_dict()
        else:
            partial_success = self.partial_success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partial_success is not UNSET:
            field_dict["partialSuccess"] = partial_success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_export_trace_partial_success import OtlpExportTracePartialSuccess  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_partial_success(data: object) -> None | OtlpExportTracePartialSuccess | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partial_success_type_0 = OtlpExportTracePartialSuccess.from_dict(data)

                return partial_success_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OtlpExportTracePartialSuccess | Unset, data)

        partial_success = _parse_partial_success(d.pop("partialSuccess", UNSET))

        otlp_export_trace_service_response = cls(
            partial_success=partial_success,
        )

        otlp_export_trace_service_response.additional_properties = d
        return otlp_export_trace_service_response

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
