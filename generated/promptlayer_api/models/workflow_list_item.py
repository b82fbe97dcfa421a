from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="WorkflowListItem")


@_attrs_define
class WorkflowListItem:
    """Summary of one workflow."""

    id: int
    workspace_id: int
    name: str
    is_deleted: bool
    release_labels: list[str]
    """ Names of labels set on the workflow. """
    user_id: int | None | Unset = UNSET
    """ Creator's user id. """
    latest_version_number: int | None | Unset = UNSET
    """ Highest version number, if any. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ External ids mapped to the workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        name = self.name

        is_deleted = self.is_deleted

        release_labels = self.release_labels

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        latest_version_number: int | None | Unset
        if isinstance(self.latest_version_number, Unset):
            latest_version_number = UNSET
        else:
            latest_version_number = self.latest_version_number

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "name": name,
                "is_deleted": is_deleted,
                "release_labels": release_labels,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if latest_version_number is not UNSET:
            field_dict["latest_version_number"] = latest_version_number
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        name = d.pop("name")

        is_deleted = d.pop("is_deleted")

        release_labels = cast(list[str], d.pop("release_labels"))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_latest_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_version_number = _parse_latest_version_number(d.pop("latest_version_number", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        workflow_list_item = cls(
            id=id,
            workspace_id=workspace_id,
            name=name,
            is_deleted=is_deleted,
            release_labels=release_labels,
            user_id=user_id,
            latest_version_number=latest_version_number,
            external_ids=external_ids,
        )

        workflow_list_item.additional_properties = d
        return workflow_list_item

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
