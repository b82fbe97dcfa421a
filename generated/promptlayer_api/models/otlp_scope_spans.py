from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_instrumentation_scope import OtlpInstrumentationScope
    from ..models.otlp_span import OtlpSpan


T = TypeVar("T", bound="OtlpScopeSpans")


@_attrs_define
class OtlpScopeSpans:
    scope: OtlpInstrumentationScope | Unset = UNSET
    """ Library that recorded the spans. """
    spans: list[OtlpSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.to_dict()

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope is not UNSET:
            field_dict["scope"] = scope
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_instrumentation_scope import OtlpInstrumentationScope  # noqa: PLC0415
        from ..models.otlp_span import OtlpSpan  # noqa: PLC0415

        d = dict(src_dict)
        _scope = d.pop("scope", UNSET)
        scope: OtlpInstrumentationScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = OtlpInstrumentationScope.from_dict(_scope)

        _spans = d.pop("spans", UNSET)
        spans: list[OtlpSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = OtlpSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        otlp_scope_spans = cls(
            scope=scope,
            spans=spans,
        )

        otlp_scope_spans.additional_properties = d
        return otlp_scope_spans

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
