from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_score_assertion_aggregation import SheetScoreAssertionAggregation
    from ..models.sheet_score_code_language import SheetScoreCodeLanguage
    from ..models.sheet_score_configure_request_score_config_type_0 import (
        SheetScoreConfigureRequestScoreConfigType0,
    )
    from ..models.sheet_score_scoring_type import SheetScoreScoringType


T = TypeVar("T", bound="SheetScoreConfigureRequest")


@_attrs_define
class SheetScoreConfigureRequest:
    """How to score the sheet; send score_type together with score_config."""

    score_type: None | SheetScoreScoringType | Unset = UNSET
    score_config: None | SheetScoreConfigureRequestScoreConfigType0 | Unset = UNSET
    """ Explicit configuration. """
    column_ids: list[UUID] | None | Unset = UNSET
    """ Columns to score, by ID. """
    column_names: list[str] | None | Unset = UNSET
    """ Columns to score, by title (titles must be unique). """
    code: None | str | Unset = UNSET
    """ Custom scoring code. """
    code_language: SheetScoreCodeLanguage | Unset = UNSET
    """ Language of custom scoring code. """
    true_values: list[str] | None | Unset = UNSET
    """ Values that count as true for boolean scoring. """
    false_values: list[str] | None | Unset = UNSET
    """ Values that count as false for boolean scoring. """
    assertion_aggregation: None | SheetScoreAssertionAggregation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sheet_score_assertion_aggregation import SheetScoreAssertionAggregation  # noqa: PLC0415
        from ..models.sheet_score_configure_request_score_config_type_0 import (
            SheetScoreConfigureRequestScoreConfigType0,  # noqa: PLC0415
        )
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415

        score_type: None | str | Unset
        if isinstance(self.score_type, Unset):
            score_type = UNSET
        elif isinstance(self.score_type, SheetScoreScoringType):
            score_type = self.score_type.value
        else:
            score_type = self.score_type

        score_config: dict[str, Any] | None | Unset
        if isinstance(self.score_config, Unset):
            score_config = UNSET
        elif isinstance(self.score_config, SheetScoreConfigureRequestScoreConfigType0):
            score_config = self.score_config.to_dict()
        else:
            score_config = self.score_config

        column_ids: list[str] | None | Unset
        if isinstance(self.column_ids, Unset):
            column_ids = UNSET
        elif isinstance(self.column_ids, list):
            column_ids = []
            for column_ids_type_0_item_data in self.column_ids:
                column_ids_type_0_item = str(column_ids_type_0_item_data)
                column_ids.append(column_ids_type_0_item)

        else:
            column_ids = self.column_ids

        column_names: list[str] | None | Unset
        if isinstance(self.column_names, Unset):
            column_names = UNSET
        elif isinstance(self.column_names, list):
            column_names = self.column_names

        else:
            column_names = self.column_names

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        code_language: str | Unset = UNSET
        if not isinstance(self.code_language, Unset):
            code_language = self.code_language.value

        true_values: list[str] | None | Unset
        if isinstance(self.true_values, Unset):
            true_values = UNSET
        elif isinstance(self.true_values, list):
            true_values = self.true_values

        else:
            true_values = self.true_values

        false_values: list[str] | None | Unset
        if isinstance(self.false_values, Unset):
            false_values = UNSET
        elif isinstance(self.false_values, list):
            false_values = self.false_values

        else:
            false_values = self.false_values

        assertion_aggregation: None | str | Unset
        if isinstance(self.assertion_aggregation, Unset):
            assertion_aggregation = UNSET
        elif isinstance(self.assertion_aggregation, SheetScoreAssertionAggregation):
            assertion_aggregation = self.assertion_aggregation.value
        else:
            assertion_aggregation = self.assertion_aggregation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score_type is not UNSET:
            field_dict["score_type"] = score_type
        if score_config is not UNSET:
            field_dict["score_config"] = score_config
        if column_ids is not UNSET:
            field_dict["column_ids"] = column_ids
        if column_names is not UNSET:
            field_dict["column_names"] = column_names
        if code is not UNSET:
            field_dict["code"] = code
        if code_language is not UNSET:
            field_dict["code_language"] = code_language
        if true_values is not UNSET:
            field_dict["true_values"] = true_values
        if false_values is not UNSET:
            field_dict["false_values"] = false_values
        if assertion_aggregation is not UNSET:
            field_dict["assertion_aggregation"] = assertion_aggregation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_score_assertion_aggregation import SheetScoreAssertionAggregation  # noqa: PLC0415
        from ..models.sheet_score_code_language import SheetScoreCodeLanguage  # noqa: PLC0415
        from ..models.sheet_score_configure_request_score_config_type_0 import (
            SheetScoreConfigureRequestScoreConfigType0,  # noqa: PLC0415
        )
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_score_type(data: object) -> None | SheetScoreScoringType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                score_type_type_0 = SheetScoreScoringType(data)

                return score_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreScoringType | Unset, data)

        score_type = _parse_score_type(d.pop("score_type", UNSET))

        def _parse_score_config(data: object) -> None | SheetScoreConfigureRequestScoreConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_config_type_0 = SheetScoreConfigureRequestScoreConfigType0.from_dict(data)

                return score_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreConfigureRequestScoreConfigType0 | Unset, data)

        score_config = _parse_score_config(d.pop("score_config", UNSET))

        def _parse_column_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_ids_type_0 = []
                _column_ids_type_0 = data
                for column_ids_type_0_item_data in _column_ids_type_0:
                    column_ids_type_0_item = UUID(column_ids_type_0_item_data)

                    column_ids_type_0.append(column_ids_type_0_item)

                return column_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        column_ids = _parse_column_ids(d.pop("column_ids", UNSET))

        def _parse_column_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_names_type_0 = cast(list[str], data)

                return column_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        column_names = _parse_column_names(d.pop("column_names", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        _code_language = d.pop("code_language", UNSET)
        code_language: SheetScoreCodeLanguage | Unset
        if isinstance(_code_language, Unset):
            code_language = UNSET
        else:
            code_language = SheetScoreCodeLanguage(_code_language)

        def _parse_true_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                true_values_type_0 = cast(list[str], data)

                return true_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        true_values = _parse_true_values(d.pop("true_values", UNSET))

        def _parse_false_values(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                false_values_type_0 = cast(list[str], data)

                return false_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        false_values = _parse_false_values(d.pop("false_values", UNSET))

        def _parse_assertion_aggregation(data: object) -> None | SheetScoreAssertionAggregation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assertion_aggregation_type_0 = SheetScoreAssertionAggregation(data)

                return assertion_aggregation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreAssertionAggregation | Unset, data)

        assertion_aggregation = _parse_assertion_aggregation(d.pop("assertion_aggregation", UNSET))

        sheet_score_configure_request = cls(
            score_type=score_type,
            score_config=score_config,
            column_ids=column_ids,
            column_names=column_names,
            code=code,
            code_language=code_language,
            true_values=true_values,
            false_values=false_values,
            assertion_aggregation=assertion_aggregation,
        )

        sheet_score_configure_request.additional_properties = d
        return sheet_score_configure_request

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
