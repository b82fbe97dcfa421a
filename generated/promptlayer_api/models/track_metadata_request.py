from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.track_metadata_request_metadata import TrackMetadataRequestMetadata


T = TypeVar("T", bound="TrackMetadataRequest")


@_attrs_define
class TrackMetadataRequest:
    request_id: int | str
    """ Id of the logged request to annotate. """
    metadata: TrackMetadataRequestMetadata
    """ Key/value pairs to store on the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: int | str
        request_id = self.request_id

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_metadata_request_metadata import TrackMetadataRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_request_id(data: object) -> int | str:
            return cast(int | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        metadata = TrackMetadataRequestMetadata.from_dict(d.pop("metadata"))

        track_metadata_request = cls(
            request_id=request_id,
            metadata=metadata,
        )

        track_metadata_request.additional_properties = d
        return track_metadata_request

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
