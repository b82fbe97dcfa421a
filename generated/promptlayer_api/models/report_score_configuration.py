from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_code_language import ReportCodeLanguage


T = TypeVar("T", bound="ReportScoreConfiguration")


@_attrs_define
class ReportScoreConfiguration:
    """Custom scoring: code that gets the rows as `data` and returns an object with a `score` from 0 to 100."""

    code: str
    """ Python or JavaScript source. """
    code_language: ReportCodeLanguage | Unset = UNSET
    """ Language of custom scoring code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        code_language: str | Unset = UNSET
        if not isinstance(self.code_language, Unset):
            code_language = self.code_language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if code_language is not UNSET:
            field_dict["code_language"] = code_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_code_language import ReportCodeLanguage  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        _code_language = d.pop("code_language", UNSET)
        code_language: ReportCodeLanguage | Unset
        if isinstance(_code_language, Unset):
            code_language = UNSET
        else:
            code_language = ReportCodeLanguage(_code_language)

        report_score_configuration = cls(
            code=code,
            code_language=code_language,
        )

        report_score_configuration.additional_properties = d
        return report_score_configuration

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
