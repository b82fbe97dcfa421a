from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_file_annotation import ContainerFileAnnotation
    from ..models.file_annotation import FileAnnotation
    from ..models.map_annotation import MapAnnotation
    from ..models.unknown_annotation import UnknownAnnotation
    from ..models.web_annotation import WebAnnotation


T = TypeVar("T", bound="TextContent")


@_attrs_define
class TextContent:
    """Plain text content block."""

    text: str
    """ The text. """
    type_: Literal["text"] | Unset = "text"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Provider-assigned block id. """
    annotations: (
        list[ContainerFileAnnotation | FileAnnotation | MapAnnotation | UnknownAnnotation | WebAnnotation]
        | None
        | Unset
    ) = UNSET
    """ Citations attached to the text. """
    thought_signature: None | str | Unset = UNSET
    """ Opaque reasoning signature some providers return with text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_file_annotation import ContainerFileAnnotation  # noqa: PLC0415
        from ..models.file_annotation import FileAnnotation  # noqa: PLC0415
        from ..models.map_annotation import MapAnnotation  # noqa: PLC0415
        from ..models.web_annotation import WebAnnotation  # noqa: PLC0415

        text = self.text

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item: dict[str, Any]
                if isinstance(annotations_type_0_item_data, WebAnnotation):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                elif isinstance(annotations_type_0_item_data, FileAnnotation):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                elif isinstance(annotations_type_0_item_data, MapAnnotation):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                elif isinstance(annotations_type_0_item_data, ContainerFileAnnotation):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                else:
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()

                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        thought_signature: None | str | Unset
        if isinstance(self.thought_signature, Unset):
            thought_signature = UNSET
        else:
            thought_signature = self.thought_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if thought_signature is not UNSET:
            field_dict["thought_signature"] = thought_signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_file_annotation import ContainerFileAnnotation  # noqa: PLC0415
        from ..models.file_annotation import FileAnnotation  # noqa: PLC0415
        from ..models.map_annotation import MapAnnotation  # noqa: PLC0415
        from ..models.unknown_annotation import UnknownAnnotation  # noqa: PLC0415
        from ..models.web_annotation import WebAnnotation  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        type_ = cast(Literal["text"] | Unset, d.pop("type", UNSET))
        if type_ != "text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'text', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_annotations(
            data: object,
        ) -> (
            list[ContainerFileAnnotation | FileAnnotation | MapAnnotation | UnknownAnnotation | WebAnnotation]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:

                    def _parse_annotations_type_0_item(
                        data: object,
                    ) -> (
                        ContainerFileAnnotation
                        | FileAnnotation
                        | MapAnnotation
                        | UnknownAnnotation
                        | WebAnnotation
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_type_0 = WebAnnotation.from_dict(data)

                            return componentsschemas_annotation_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_type_1 = FileAnnotation.from_dict(data)

                            return componentsschemas_annotation_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_type_2 = MapAnnotation.from_dict(data)

                            return componentsschemas_annotation_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_type_3 = ContainerFileAnnotation.from_dict(data)

                            return componentsschemas_annotation_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_4 = UnknownAnnotation.from_dict(data)

                        return componentsschemas_annotation_type_4

                    annotations_type_0_item = _parse_annotations_type_0_item(annotations_type_0_item_data)

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ContainerFileAnnotation
                    | FileAnnotation
                    | MapAnnotation
                    | UnknownAnnotation
                    | WebAnnotation
                ]
                | None
                | Unset,
                data,
            )

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_thought_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thought_signature = _parse_thought_signature(d.pop("thought_signature", UNSET))

        text_content = cls(
            text=text,
            type_=type_,
            id=id,
            annotations=annotations,
            thought_signature=thought_signature,
        )

        text_content.additional_properties = d
        return text_content

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
