from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_test_error import ToolRegistryTestError
    from ..models.tool_registry_test_status import ToolRegistryTestStatus


T = TypeVar("T", bound="ToolRegistryTestResult")


@_attrs_define
class ToolRegistryTestResult:
    """Outcome of the trial run."""

    status: ToolRegistryTestStatus | Unset = UNSET
    """ Whether the tool's own code finished or raised. """
    result: Any | Unset = UNSET
    """ What the code returned (any JSON value) when status is success. """
    stdout: str | Unset = UNSET
    stderr: str | Unset = UNSET
    duration_ms: int | Unset = UNSET
    error: None | ToolRegistryTestError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_registry_test_error import ToolRegistryTestError  # noqa: PLC0415

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        result = self.result

        stdout = self.stdout

        stderr = self.stderr

        duration_ms = self.duration_ms

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ToolRegistryTestError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_test_error import ToolRegistryTestError  # noqa: PLC0415
        from ..models.tool_registry_test_status import ToolRegistryTestStatus  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: ToolRegistryTestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ToolRegistryTestStatus(_status)

        result = d.pop("result", UNSET)

        stdout = d.pop("stdout", UNSET)

        stderr = d.pop("stderr", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        def _parse_error(data: object) -> None | ToolRegistryTestError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ToolRegistryTestError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolRegistryTestError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        tool_registry_test_result = cls(
            status=status,
            result=result,
            stdout=stdout,
            stderr=stderr,
            duration_ms=duration_ms,
            error=error,
        )

        tool_registry_test_result.additional_properties = d
        return tool_registry_test_result

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
