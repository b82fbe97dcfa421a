from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_skill_collection_response_files import GetSkillCollectionResponseFiles
    from ..models.skill_collection import SkillCollection
    from ..models.skill_collection_version import SkillCollectionVersion


T = TypeVar("T", bound="GetSkillCollectionResponse")


@_attrs_define
class GetSkillCollectionResponse:
    success: bool
    skill_collection: SkillCollection
    """ A skill collection as returned by the API. """
    files: GetSkillCollectionResponseFiles
    """ File contents keyed by path. """
    version: None | SkillCollectionVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_collection_version import SkillCollectionVersion  # noqa: PLC0415

        success = self.success

        skill_collection = self.skill_collection.to_dict()

        files = self.files.to_dict()

        version: dict[str, Any] | None
        if isinstance(self.version, SkillCollectionVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "skill_collection": skill_collection,
                "files": files,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_skill_collection_response_files import GetSkillCollectionResponseFiles  # noqa: PLC0415
        from ..models.skill_collection import SkillCollection  # noqa: PLC0415
        from ..models.skill_collection_version import SkillCollectionVersion  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        skill_collection = SkillCollection.from_dict(d.pop("skill_collection"))

        files = GetSkillCollectionResponseFiles.from_dict(d.pop("files"))

        def _parse_version(data: object) -> None | SkillCollectionVersion:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_type_0 = SkillCollectionVersion.from_dict(data)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillCollectionVersion, data)

        version = _parse_version(d.pop("version"))

        get_skill_collection_response = cls(
            success=success,
            skill_collection=skill_collection,
            files=files,
            version=version,
        )

        get_skill_collection_response.additional_properties = d
        return get_skill_collection_response

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
