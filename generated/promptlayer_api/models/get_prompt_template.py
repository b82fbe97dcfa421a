from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_prompt_template_input_variables_type_0 import GetPromptTemplateInputVariablesType0
    from ..models.get_prompt_template_metadata_filters_type_0 import GetPromptTemplateMetadataFiltersType0
    from ..models.get_prompt_template_model_parameter_overrides_type_0 import (
        GetPromptTemplateModelParameterOverridesType0,
    )
    from ..models.llm_kwargs_provider import LlmKwargsProvider


T = TypeVar("T", bound="GetPromptTemplate")


@_attrs_define
class GetPromptTemplate:
    """Options for fetching a prompt template: which version to pick and how to render it."""

    version: int | None | Unset = UNSET
    """ Exact version number to return. """
    workspace_id: int | None | Unset = UNSET
    """ Workspace to look the template up in, if not the API key's default. """
    label: None | str | Unset = UNSET
    """ Release label selecting the version to return. """
    provider: LlmKwargsProvider | None | Unset = UNSET
    """ When set, llm_kwargs are built for this provider. """
    input_variables: GetPromptTemplateInputVariablesType0 | None | Unset = UNSET
    """ Values substituted into the template's placeholders. """
    metadata_filters: GetPromptTemplateMetadataFiltersType0 | None | Unset = UNSET
    """ Key/value pairs used to choose among A/B-routed release labels. """
    model: None | str | Unset = UNSET
    """ Model name used to pick default parameters when building llm_kwargs. """
    model_parameter_overrides: GetPromptTemplateModelParameterOverridesType0 | None | Unset = UNSET
    """ Model parameters that replace the stored ones for this call only. """
    skip_input_variable_rendering: bool | Unset = False
    """ Return the template with its placeholders left as-is instead of filling in input variables. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_prompt_template_input_variables_type_0 import GetPromptTemplateInputVariablesType0  # noqa: PLC0415
        from ..models.get_prompt_template_metadata_filters_type_0 import GetPromptTemplateMetadataFiltersType0  # noqa: PLC0415
        from ..models.get_prompt_template_model_parameter_overrides_type_0 import (
            GetPromptTemplateModelParameterOverridesType0,  # noqa: PLC0415
        )
        from ..models.llm_kwargs_provider import LlmKwargsProvider  # noqa: PLC0415

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, LlmKwargsProvider):
            provider = self.provider.value
        else:
            provider = self.provider

        input_variables: dict[str, Any] | None | Unset
        if isinstance(self.input_variables, Unset):
            input_variables = UNSET
        elif isinstance(self.input_variables, GetPromptTemplateInputVariablesType0):
            input_variables = self.input_variables.to_dict()
        else:
            input_variables = self.input_variables

        metadata_filters: dict[str, Any] | None | Unset
        if isinstance(self.metadata_filters, Unset):
            metadata_filters = UNSET
        elif isinstance(self.metadata_filters, GetPromptTemplateMetadataFiltersType0):
            metadata_filters = self.metadata_filters.to_dict()
        else:
            metadata_filters = self.metadata_filters

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        model_parameter_overrides: dict[str, Any] | None | Unset
        if isinstance(self.model_parameter_overrides, Unset):
            model_parameter_overrides = UNSET
        elif isinstance(self.model_parameter_overrides, GetPromptTemplateModelParameterOverridesType0):
            model_parameter_overrides = self.model_parameter_overrides.to_dict()
        else:
            model_parameter_overrides = self.model_parameter_overrides

        skip_input_variable_rendering = self.skip_input_variable_rendering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if label is not UNSET:
            field_dict["label"] = label
        if provider is not UNSET:
            field_dict["provider"] = provider
        if input_variables is not UNSET:
            field_dict["input_variables"] = input_variables
        if metadata_filters is not UNSET:
            field_dict["metadata_filters"] = metadata_filters
        if model is not UNSET:
            field_dict["model"] = model
        if model_parameter_overrides is not UNSET:
            field_dict["model_parameter_overrides"] = model_parameter_overrides
        if skip_input_variable_rendering is not UNSET:
            field_dict["skip_input_variable_rendering"] = skip_input_variable_rendering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_prompt_template_input_variables_type_0 import GetPromptTemplateInputVariablesType0  # noqa: PLC0415
        from ..models.get_prompt_template_metadata_filters_type_0 import GetPromptTemplateMetadataFiltersType0  # noqa: PLC0415
        from ..models.get_prompt_template_model_parameter_overrides_type_0 import (
            GetPromptTemplateModelParameterOverridesType0,  # noqa: PLC0415
        )
        from ..models.llm_kwargs_provider import LlmKwargsProvider  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_provider(data: object) -> LlmKwargsProvider | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                provider_type_0 = LlmKwargsProvider(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmKwargsProvider | None | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_input_variables(data: object) -> GetPromptTemplateInputVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_variables_type_0 = GetPromptTemplateInputVariablesType0.from_dict(data)

                return input_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPromptTemplateInputVariablesType0 | None | Unset, data)

        input_variables = _parse_input_variables(d.pop("input_variables", UNSET))

        def _parse_metadata_filters(data: object) -> GetPromptTemplateMetadataFiltersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_filters_type_0 = GetPromptTemplateMetadataFiltersType0.from_dict(data)

                return metadata_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPromptTemplateMetadataFiltersType0 | None | Unset, data)

        metadata_filters = _parse_metadata_filters(d.pop("metadata_filters", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_model_parameter_overrides(
            data: object,
        ) -> GetPromptTemplateModelParameterOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_parameter_overrides_type_0 = GetPromptTemplateModelParameterOverridesType0.from_dict(
                    data
                )

                return model_parameter_overrides_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPromptTemplateModelParameterOverridesType0 | None | Unset, data)

        model_parameter_overrides = _parse_model_parameter_overrides(
            d.pop("model_parameter_overrides", UNSET)
        )

        skip_input_variable_rendering = d.pop("skip_input_variable_rendering", UNSET)

        get_prompt_template = cls(
            version=version,
            workspace_id=workspace_id,
            label=label,
            provider=provider,
            input_variables=input_variables,
            metadata_filters=metadata_filters,
            model=model,
            model_parameter_overrides=model_parameter_overrides,
            skip_input_variable_rendering=skip_input_variable_rendering,
        )

        get_prompt_template.additional_properties = d
        return get_prompt_template

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
