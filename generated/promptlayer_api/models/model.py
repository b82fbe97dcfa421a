from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_display_params import ModelDisplayParams
    from ..models.model_parameters import ModelParameters


T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """Model configuration stored with a prompt version."""

    provider: str
    """ Provider key, e.g. openai or anthropic. """
    name: str
    """ Model name. """
    model_config_display_name: None | str | Unset = UNSET
    """ Label of the saved model configuration. """
    base_model: None | str | Unset = UNSET
    """ Underlying model of a fine-tune. """
    parameters: ModelParameters | Unset = UNSET
    """ Sampling and other request parameters. """
    display_params: ModelDisplayParams | Unset = UNSET
    """ Parameters as shown in the UI. """
    api_type: None | str | Unset = UNSET
    """ Provider API flavour, e.g. chat.completions or responses. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        name = self.name

        model_config_display_name: None | str | Unset
        if isinstance(self.model_config_display_name, Unset):
            model_config_display_name = UNSET
        else:
            model_config_display_name = self.model_config_display_name

        base_model: None | str | Unset
        if isinstance(self.base_model, Unset):
            base_model = UNSET
        else:
            base_model = self.base_model

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        display_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_params, Unset):
            display_params = self.display_params.to_dict()

        api_type: None | str | Unset
        if isinstance(self.api_type, Unset):
            api_type = UNSET
        else:
            api_type = self.api_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "name": name,
            }
        )
        if model_config_display_name is not UNSET:
            field_dict["model_config_display_name"] = model_config_display_name
        if base_model is not UNSET:
            field_dict["base_model"] = base_model
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if display_params is not UNSET:
            field_dict["display_params"] = display_params
        if api_type is not UNSET:
            field_dict["api_type"] = api_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_display_params import ModelDisplayParams  # noqa: PLC0415
        from ..models.model_parameters import ModelParameters  # noqa: PLC0415

        d = dict(src_dict)
        provider = d.pop("provider")

        name = d.pop("name")

        def _parse_model_config_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_config_display_name = _parse_model_config_display_name(
            d.pop("model_config_display_name", UNSET)
        )

        def _parse_base_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model = _parse_base_model(d.pop("base_model", UNSET))

        _parameters = d.pop("parameters", UNSET)
        parameters: ModelParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ModelParameters.from_dict(_parameters)

        _display_params = d.pop("display_params", UNSET)
        display_params: ModelDisplayParams | Unset
        if isinstance(_display_params, Unset):
            display_params = UNSET
        else:
            display_params = ModelDisplayParams.from_dict(_display_params)

        def _parse_api_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_type = _parse_api_type(d.pop("api_type", UNSET))

        model = cls(
            provider=provider,
            name=name,
            model_config_display_name=model_config_display_name,
            base_model=base_model,
            parameters=parameters,
            display_params=display_params,
            api_type=api_type,
        )

        model.additional_properties = d
        return model

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
