from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_search_result_metadata_item import RequestLogSearchResultMetadataItem
    from ..models.request_log_search_result_scores_item import RequestLogSearchResultScoresItem


T = TypeVar("T", bound="RequestLogSearchResult")


@_attrs_define
class RequestLogSearchResult:
    """Summary of one logged request."""

    id: int | Unset = UNSET
    engine: str | Unset = UNSET
    provider_type: str | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    price: float | Unset = UNSET
    request_start_time: datetime.datetime | Unset = UNSET
    request_end_time: datetime.datetime | Unset = UNSET
    latency: float | Unset = UNSET
    tags_array: list[str] | Unset = UNSET
    metadata: list[RequestLogSearchResultMetadataItem] | Unset = UNSET
    scores: list[RequestLogSearchResultScoresItem] | Unset = UNSET
    prompt_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        engine = self.engine

        provider_type = self.provider_type

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        price = self.price

        request_start_time: str | Unset = UNSET
        if not isinstance(self.request_start_time, Unset):
            request_start_time = self.request_start_time.isoformat()

        request_end_time: str | Unset = UNSET
        if not isinstance(self.request_end_time, Unset):
            request_end_time = self.request_end_time.isoformat()

        latency = self.latency

        tags_array: list[str] | Unset = UNSET
        if not isinstance(self.tags_array, Unset):
            tags_array = self.tags_array

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        scores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = []
            for scores_item_data in self.scores:
                scores_item = scores_item_data.to_dict()
                scores.append(scores_item)

        prompt_name: None | str | Unset
        if isinstance(self.prompt_name, Unset):
            prompt_name = UNSET
        else:
            prompt_name = self.prompt_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if engine is not UNSET:
            field_dict["engine"] = engine
        if provider_type is not UNSET:
            field_dict["provider_type"] = provider_type
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if price is not UNSET:
            field_dict["price"] = price
        if request_start_time is not UNSET:
            field_dict["request_start_time"] = request_start_time
        if request_end_time is not UNSET:
            field_dict["request_end_time"] = request_end_time
        if latency is not UNSET:
            field_dict["latency"] = latency
        if tags_array is not UNSET:
            field_dict["tags_array"] = tags_array
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if scores is not UNSET:
            field_dict["scores"] = scores
        if prompt_name is not UNSET:
            field_dict["prompt_name"] = prompt_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_search_result_metadata_item import RequestLogSearchResultMetadataItem  # noqa: PLC0415
        from ..models.request_log_search_result_scores_item import RequestLogSearchResultScoresItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        engine = d.pop("engine", UNSET)

        provider_type = d.pop("provider_type", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        price = d.pop("price", UNSET)

        _request_start_time = d.pop("request_start_time", UNSET)
        request_start_time: datetime.datetime | Unset
        if isinstance(_request_start_time, Unset):
            request_start_time = UNSET
        else:
            request_start_time = datetime.datetime.fromisoformat(_request_start_time)

        _request_end_time = d.pop("request_end_time", UNSET)
        request_end_time: datetime.datetime | Unset
        if isinstance(_request_end_time, Unset):
            request_end_time = UNSET
        else:
            request_end_time = datetime.datetime.fromisoformat(_request_end_time)

        latency = d.pop("latency", UNSET)

        tags_array = cast(list[str], d.pop("tags_array", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: list[RequestLogSearchResultMetadataItem] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = RequestLogSearchResultMetadataItem.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        _scores = d.pop("scores", UNSET)
        scores: list[RequestLogSearchResultScoresItem] | Unset = UNSET
        if _scores is not UNSET:
            scores = []
            for scores_item_data in _scores:
                scores_item = RequestLogSearchResultScoresItem.from_dict(scores_item_data)

                scores.append(scores_item)

        def _parse_prompt_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_name = _parse_prompt_name(d.pop("prompt_name", UNSET))

        request_log_search_result = cls(
            id=id,
            engine=engine,
            provider_type=provider_type,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            price=price,
            request_start_time=request_start_time,
            request_end_time=request_end_time,
            latency=latency,
            tags_array=tags_array,
            metadata=metadata,
            scores=scores,
            prompt_name=prompt_name,
        )

        request_log_search_result.additional_properties = d
        return request_log_search_result

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
