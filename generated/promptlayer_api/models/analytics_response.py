from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_breakdown_entry import AnalyticsBreakdownEntry
    from ..models.analytics_chart_interval import AnalyticsChartInterval
    from ..models.analytics_error_type_count import AnalyticsErrorTypeCount
    from ..models.analytics_key_count import AnalyticsKeyCount
    from ..models.analytics_latency_by_day import AnalyticsLatencyByDay
    from ..models.analytics_metadata_value_cost import AnalyticsMetadataValueCost
    from ..models.analytics_prompt_template_usage import AnalyticsPromptTemplateUsage
    from ..models.analytics_response_latency_by_model_by_day import AnalyticsResponseLatencyByModelByDay
    from ..models.analytics_response_latency_by_prompt_template_by_day import (
        AnalyticsResponseLatencyByPromptTemplateByDay,
    )
    from ..models.analytics_response_latency_by_provider_by_day import AnalyticsResponseLatencyByProviderByDay
    from ..models.analytics_response_model_requests_by_day import AnalyticsResponseModelRequestsByDay
    from ..models.analytics_response_prompt_template_requests_by_day import (
        AnalyticsResponsePromptTemplateRequestsByDay,
    )
    from ..models.analytics_response_provider_requests_by_day import AnalyticsResponseProviderRequestsByDay
    from ..models.analytics_stat import AnalyticsStat
    from ..models.analytics_tool_latency import AnalyticsToolLatency
    from ..models.analytics_tool_usage import AnalyticsToolUsage


T = TypeVar("T", bound="AnalyticsResponse")


@_attrs_define
class AnalyticsResponse:
    """Totals, time series and breakdowns over the matching request logs; the bucket size follows the filtered time range."""

    success: bool
    chart_interval: AnalyticsChartInterval | Unset = UNSET
    """ How the time series was cut into buckets. """
    average_latency: float | Unset = UNSET
    """ Average latency in seconds. """
    total_cost: float | Unset = UNSET
    total_tokens: int | Unset = UNSET
    total_requests: int | Unset = UNSET
    total_cached_tokens: int | Unset = UNSET
    total_thinking_tokens: int | Unset = UNSET
    cache_token_ratio: float | None | Unset = UNSET
    """ Cached share of input tokens; null without input tokens. """
    stats: list[AnalyticsStat] | Unset = UNSET
    """ One entry per time bucket. """
    most_used_models: list[list[Any]] | Unset = UNSET
    """ [model, request count] pairs, most used first. """
    model_requests_by_day: AnalyticsResponseModelRequestsByDay | Unset = UNSET
    """ Per model, a list of [date, request count] pairs. """
    most_used_prompt_templates: list[AnalyticsPromptTemplateUsage] | Unset = UNSET
    prompt_template_requests_by_day: AnalyticsResponsePromptTemplateRequestsByDay | Unset = UNSET
    provider_requests_by_day: AnalyticsResponseProviderRequestsByDay | Unset = UNSET
    latency: AnalyticsLatencyByDay | Unset = UNSET
    """ Latency in seconds per bucket date, for the average and three percentiles. """
    latency_by_model_by_day: AnalyticsResponseLatencyByModelByDay | Unset = UNSET
    latency_by_prompt_template_by_day: AnalyticsResponseLatencyByPromptTemplateByDay | Unset = UNSET
    latency_by_provider_by_day: AnalyticsResponseLatencyByProviderByDay | Unset = UNSET
    error_types: list[AnalyticsErrorTypeCount] | Unset = UNSET
    provider_breakdown: list[AnalyticsBreakdownEntry] | Unset = UNSET
    prompt_breakdown: list[AnalyticsBreakdownEntry] | Unset = UNSET
    tags_breakdown: list[AnalyticsBreakdownEntry] | Unset = UNSET
    metadata_keys_top: list[AnalyticsKeyCount] | Unset = UNSET
    output_keys_top: list[AnalyticsKeyCount] | Unset = UNSET
    tools_latency: list[AnalyticsToolLatency] | Unset = UNSET
    tools_usage_bars: list[AnalyticsToolUsage] | Unset = UNSET
    metadata_value_breakdown: list[AnalyticsMetadataValueCost] | Unset = UNSET
    """ Cost per metadata key/value pair, costliest first, at most 50; the pairs of metadata_cost_breakdown_key when
    the query names one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        chart_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chart_interval, Unset):
            chart_interval = self.chart_interval.to_dict()

        average_latency = self.average_latency

        total_cost = self.total_cost

        total_tokens = self.total_tokens

        total_requests = self.total_requests

        total_cached_tokens = self.total_cached_tokens

        total_thinking_tokens = self.total_thinking_tokens

        cache_token_ratio: float | None | Unset
        if isinstance(self.cache_token_ratio, Unset):
            cache_token_ratio = UNSET
        else:
            cache_token_ratio = self.cache_token_ratio

        stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = []
            for stats_item_data in self.stats:
                stats_item = stats_item_data.to_dict()
                stats.append(stats_item)

        most_used_models: list[list[Any]] | Unset = UNSET
        if not isinstance(self.most_used_models, Unset):
            most_used_models = []
            for most_used_models_item_data in self.most_used_models:
                most_used_models_item = most_used_models_item_data

                most_used_models.append(most_used_models_item)

        model_requests_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_requests_by_day, Unset):
            model_requests_by_day = self.model_requests_by_day.to_dict()

        most_used_prompt_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.most_used_prompt_templates, Unset):
            most_used_prompt_templates = []
            for most_used_prompt_templates_item_data in self.most_used_prompt_templates:
                most_used_prompt_templates_item = most_used_prompt_templates_item_data.to_dict()
                most_used_prompt_templates.append(most_used_prompt_templates_item)

        prompt_template_requests_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_template_requests_by_day, Unset):
            prompt_template_requests_by_day = self.prompt_template_requests_by_day.to_dict()

        provider_requests_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_requests_by_day, Unset):
            provider_requests_by_day = self.provider_requests_by_day.to_dict()

        latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latency, Unset):
            latency = self.latency.to_dict()

        latency_by_model_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latency_by_model_by_day, Unset):
            latency_by_model_by_day = self.latency_by_model_by_day.to_dict()

        latency_by_prompt_template_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latency_by_prompt_template_by_day, Unset):
            latency_by_prompt_template_by_day = self.latency_by_prompt_template_by_day.to_dict()

        latency_by_provider_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latency_by_provider_by_day, Unset):
            latency_by_provider_by_day = self.latency_by_provider_by_day.to_dict()

        error_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_types, Unset):
            error_types = []
            for error_types_item_data in self.error_types:
                error_types_item = error_types_item_data.to_dict()
                error_types.append(error_types_item)

        provider_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.provider_breakdown, Unset):
            provider_breakdown = []
            for provider_breakdown_item_data in self.provider_breakdown:
                provider_breakdown_item = provider_breakdown_item_data.to_dict()
                provider_breakdown.append(provider_breakdown_item)

        prompt_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompt_breakdown, Unset):
            prompt_breakdown = []
            for prompt_breakdown_item_data in self.prompt_breakdown:
                prompt_breakdown_item = prompt_breakdown_item_data.to_dict()
                prompt_breakdown.append(prompt_breakdown_item)

        tags_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags_breakdown, Unset):
            tags_breakdown = []
            for tags_breakdown_item_data in self.tags_breakdown:
                tags_breakdown_item = tags_breakdown_item_data.to_dict()
                tags_breakdown.append(tags_breakdown_item)

        metadata_keys_top: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata_keys_top, Unset):
            metadata_keys_top = []
            for metadata_keys_top_item_data in self.metadata_keys_top:
                metadata_keys_top_item = metadata_keys_top_item_data.to_dict()
                metadata_keys_top.append(metadata_keys_top_item)

        output_keys_top: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_keys_top, Unset):
            output_keys_top = []
            for output_keys_top_item_data in self.output_keys_top:
                output_keys_top_item = output_keys_top_item_data.to_dict()
                output_keys_top.append(output_keys_top_item)

        tools_latency: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools_latency, Unset):
            tools_latency = []
            for tools_latency_item_data in self.tools_latency:
                tools_latency_item = tools_latency_item_data.to_dict()
                tools_latency.append(tools_latency_item)

        tools_usage_bars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools_usage_bars, Unset):
            tools_usage_bars = []
            for tools_usage_bars_item_data in self.tools_usage_bars:
                tools_usage_bars_item = tools_usage_bars_item_data.to_dict()
                tools_usage_bars.append(tools_usage_bars_item)

        metadata_value_breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata_value_breakdown, Unset):
            metadata_value_breakdown = []
            for metadata_value_breakdown_item_data in self.metadata_value_breakdown:
                metadata_value_breakdown_item = metadata_value_breakdown_item_data.to_dict()
                metadata_value_breakdown.append(metadata_value_breakdown_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if chart_interval is not UNSET:
            field_dict["chartInterval"] = chart_interval
        if average_latency is not UNSET:
            field_dict["averageLatency"] = average_latency
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if total_tokens is not UNSET:
            field_dict["totalTokens"] = total_tokens
        if total_requests is not UNSET:
            field_dict["totalRequests"] = total_requests
        if total_cached_tokens is not UNSET:
            field_dict["totalCachedTokens"] = total_cached_tokens
        if total_thinking_tokens is not UNSET:
            field_dict["totalThinkingTokens"] = total_thinking_tokens
        if cache_token_ratio is not UNSET:
            field_dict["cacheTokenRatio"] = cache_token_ratio
        if stats is not UNSET:
            field_dict["stats"] = stats
        if most_used_models is not UNSET:
            field_dict["mostUsedModels"] = most_used_models
        if model_requests_by_day is not UNSET:
            field_dict["modelRequestsByDay"] = model_requests_by_day
        if most_used_prompt_templates is not UNSET:
            field_dict["mostUsedPromptTemplates"] = most_used_prompt_templates
        if prompt_template_requests_by_day is not UNSET:
            field_dict["promptTemplateRequestsByDay"] = prompt_template_requests_by_day
        if provider_requests_by_day is not UNSET:
            field_dict["providerRequestsByDay"] = provider_requests_by_day
        if latency is not UNSET:
            field_dict["latency"] = latency
        if latency_by_model_by_day is not UNSET:
            field_dict["latencyByModelByDay"] = latency_by_model_by_day
        if latency_by_prompt_template_by_day is not UNSET:
            field_dict["latencyByPromptTemplateByDay"] = latency_by_prompt_template_by_day
        if latency_by_provider_by_day is not UNSET:
            field_dict["latencyByProviderByDay"] = latency_by_provider_by_day
        if error_types is not UNSET:
            field_dict["errorTypes"] = error_types
        if provider_breakdown is not UNSET:
            field_dict["providerBreakdown"] = provider_breakdown
        if prompt_breakdown is not UNSET:
            field_dict["promptBreakdown"] = prompt_breakdown
        if tags_breakdown is not UNSET:
            field_dict["tagsBreakdown"] = tags_breakdown
        if metadata_keys_top is not UNSET:
            field_dict["metadataKeysTop"] = metadata_keys_top
        if output_keys_top is not UNSET:
            field_dict["outputKeysTop"] = output_keys_top
        if tools_latency is not UNSET:
            field_dict["toolsLatency"] = tools_latency
        if tools_usage_bars is not UNSET:
            field_dict["toolsUsageBars"] = tools_usage_bars
        if metadata_value_breakdown is not UNSET:
            field_dict["metadataValueBreakdown"] = metadata_value_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_breakdown_entry import AnalyticsBreakdownEntry  # noqa: PLC0415
        from ..models.analytics_chart_interval import AnalyticsChartInterval  # noqa: PLC0415
        from ..models.analytics_error_type_count import AnalyticsErrorTypeCount  # noqa: PLC0415
        from ..models.analytics_key_count import AnalyticsKeyCount  # noqa: PLC0415
        from ..models.analytics_latency_by_day import AnalyticsLatencyByDay  # noqa: PLC0415
        from ..models.analytics_metadata_value_cost import AnalyticsMetadataValueCost  # noqa: PLC0415
        from ..models.analytics_prompt_template_usage import AnalyticsPromptTemplateUsage  # noqa: PLC0415
        from ..models.analytics_response_latency_by_model_by_day import AnalyticsResponseLatencyByModelByDay  # noqa: PLC0415
        from ..models.analytics_response_latency_by_prompt_template_by_day import (
            AnalyticsResponseLatencyByPromptTemplateByDay,  # noqa: PLC0415
        )
        from ..models.analytics_response_latency_by_provider_by_day import (
            AnalyticsResponseLatencyByProviderByDay,  # noqa: PLC0415
        )
        from ..models.analytics_response_model_requests_by_day import AnalyticsResponseModelRequestsByDay  # noqa: PLC0415
        from ..models.analytics_response_prompt_template_requests_by_day import (
            AnalyticsResponsePromptTemplateRequestsByDay,  # noqa: PLC0415
        )
        from ..models.analytics_response_provider_requests_by_day import (
            AnalyticsResponseProviderRequestsByDay,  # noqa: PLC0415
        )
        from ..models.analytics_stat import AnalyticsStat  # noqa: PLC0415
        from ..models.analytics_tool_latency import AnalyticsToolLatency  # noqa: PLC0415
        from ..models.analytics_tool_usage import AnalyticsToolUsage  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        _chart_interval = d.pop("chartInterval", UNSET)
        chart_interval: AnalyticsChartInterval | Unset
        if isinstance(_chart_interval, Unset):
            chart_interval = UNSET
        else:
            chart_interval = AnalyticsChartInterval.from_dict(_chart_interval)

        average_latency = d.pop("averageLatency", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        total_tokens = d.pop("totalTokens", UNSET)

        total_requests = d.pop("totalRequests", UNSET)

        total_cached_tokens = d.pop("totalCachedTokens", UNSET)

        total_thinking_tokens = d.pop("totalThinkingTokens", UNSET)

        def _parse_cache_token_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_token_ratio = _parse_cache_token_ratio(d.pop("cacheTokenRatio", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: list[AnalyticsStat] | Unset = UNSET
        if _stats is not UNSET:
            stats = []
            for stats_item_data in _stats:
                stats_item = AnalyticsStat.from_dict(stats_item_data)

                stats.append(stats_item)

        _most_used_models = d.pop("mostUsedModels", UNSET)
        most_used_models: list[list[Any]] | Unset = UNSET
        if _most_used_models is not UNSET:
            most_used_models = []
            for most_used_models_item_data in _most_used_models:
                most_used_models_item = cast(list[Any], most_used_models_item_data)

                most_used_models.append(most_used_models_item)

        _model_requests_by_day = d.pop("modelRequestsByDay", UNSET)
        model_requests_by_day: AnalyticsResponseModelRequestsByDay | Unset
        if isinstance(_model_requests_by_day, Unset):
            model_requests_by_day = UNSET
        else:
            model_requests_by_day = AnalyticsResponseModelRequestsByDay.from_dict(_model_requests_by_day)

        _most_used_prompt_templates = d.pop("mostUsedPromptTemplates", UNSET)
        most_used_prompt_templates: list[AnalyticsPromptTemplateUsage] | Unset = UNSET
        if _most_used_prompt_templates is not UNSET:
            most_used_prompt_templates = []
            for most_used_prompt_templates_item_data in _most_used_prompt_templates:
                most_used_prompt_templates_item = AnalyticsPromptTemplateUsage.from_dict(
                    most_used_prompt_templates_item_data
                )

                most_used_prompt_templates.append(most_used_prompt_templates_item)

        _prompt_template_requests_by_day = d.pop("promptTemplateRequestsByDay", UNSET)
        prompt_template_requests_by_day: AnalyticsResponsePromptTemplateRequestsByDay | Unset
        if isinstance(_prompt_template_requests_by_day, Unset):
            prompt_template_requests_by_day = UNSET
        else:
            prompt_template_requests_by_day = AnalyticsResponsePromptTemplateRequestsByDay.from_dict(
                _prompt_template_requests_by_day
            )

        _provider_requests_by_day = d.pop("providerRequestsByDay", UNSET)
        provider_requests_by_day: AnalyticsResponseProviderRequestsByDay | Unset
        if isinstance(_provider_requests_by_day, Unset):
            provider_requests_by_day = UNSET
        else:
            provider_requests_by_day = AnalyticsResponseProviderRequestsByDay.from_dict(
                _provider_requests_by_day
            )

        _latency = d.pop("latency", UNSET)
        latency: AnalyticsLatencyByDay | Unset
        if isinstance(_latency, Unset):
            latency = UNSET
        else:
            latency = AnalyticsLatencyByDay.from_dict(_latency)

        _latency_by_model_by_day = d.pop("latencyByModelByDay", UNSET)
        latency_by_model_by_day: AnalyticsResponseLatencyByModelByDay | Unset
        if isinstance(_latency_by_model_by_day, Unset):
            latency_by_model_by_day = UNSET
        else:
            latency_by_model_by_day = AnalyticsResponseLatencyByModelByDay.from_dict(_latency_by_model_by_day)

        _latency_by_prompt_template_by_day = d.pop("latencyByPromptTemplateByDay", UNSET)
        latency_by_prompt_template_by_day: AnalyticsResponseLatencyByPromptTemplateByDay | Unset
        if isinstance(_latency_by_prompt_template_by_day, Unset):
            latency_by_prompt_template_by_day = UNSET
        else:
            latency_by_prompt_template_by_day = AnalyticsResponseLatencyByPromptTemplateByDay.from_dict(
                _latency_by_prompt_template_by_day
            )

        _latency_by_provider_by_day = d.pop("latencyByProviderByDay", UNSET)
        latency_by_provider_by_day: AnalyticsResponseLatencyByProviderByDay | Unset
        if isinstance(_latency_by_provider_by_day, Unset):
            latency_by_provider_by_day = UNSET
        else:
            latency_by_provider_by_day = AnalyticsResponseLatencyByProviderByDay.from_dict(
                _latency_by_provider_by_day
            )

        _error_types = d.pop("errorTypes", UNSET)
        error_types: list[AnalyticsErrorTypeCount] | Unset = UNSET
        if _error_types is not UNSET:
            error_types = []
            for error_types_item_data in _error_types:
                error_types_item = AnalyticsErrorTypeCount.from_dict(error_types_item_data)

                error_types.append(error_types_item)

        _provider_breakdown = d.pop("providerBreakdown", UNSET)
        provider_breakdown: list[AnalyticsBreakdownEntry] | Unset = UNSET
        if _provider_breakdown is not UNSET:
            provider_breakdown = []
            for provider_breakdown_item_data in _provider_breakdown:
                provider_breakdown_item = AnalyticsBreakdownEntry.from_dict(provider_breakdown_item_data)

                provider_breakdown.append(provider_breakdown_item)

        _prompt_breakdown = d.pop("promptBreakdown", UNSET)
        prompt_breakdown: list[AnalyticsBreakdownEntry] | Unset = UNSET
        if _prompt_breakdown is not UNSET:
            prompt_breakdown = []
            for prompt_breakdown_item_data in _prompt_breakdown:
                prompt_breakdown_item = AnalyticsBreakdownEntry.from_dict(prompt_breakdown_item_data)

                prompt_breakdown.append(prompt_breakdown_item)

        _tags_breakdown = d.pop("tagsBreakdown", UNSET)
        tags_breakdown: list[AnalyticsBreakdownEntry] | Unset = UNSET
        if _tags_breakdown is not UNSET:
            tags_breakdown = []
            for tags_breakdown_item_data in _tags_breakdown:
                tags_breakdown_item = AnalyticsBreakdownEntry.from_dict(tags_breakdown_item_data)

                tags_breakdown.append(tags_breakdown_item)

        _metadata_keys_top = d.pop("metadataKeysTop", UNSET)
        metadata_keys_top: list[AnalyticsKeyCount] | Unset = UNSET
        if _metadata_keys_top is not UNSET:
            metadata_keys_top = []
            for metadata_keys_top_item_data in _metadata_keys_top:
                metadata_keys_top_item = AnalyticsKeyCount.from_dict(metadata_keys_top_item_data)

                metadata_keys_top.append(metadata_keys_top_item)

        _output_keys_top = d.pop("outputKeysTop", UNSET)
        output_keys_top: list[AnalyticsKeyCount] | Unset = UNSET
        if _output_keys_top is not UNSET:
            output_keys_top = []
            for output_keys_top_item_data in _output_keys_top:
                output_keys_top_item = AnalyticsKeyCount.from_dict(output_keys_top_item_data)

                output_keys_top.append(output_keys_top_item)

        _tools_latency = d.pop("toolsLatency", UNSET)
        tools_latency: list[AnalyticsToolLatency] | Unset = UNSET
        if _tools_latency is not UNSET:
            tools_latency = []
            for tools_latency_item_data in _tools_latency:
                tools_latency_item = AnalyticsToolLatency.from_dict(tools_latency_item_data)

                tools_latency.append(tools_latency_item)

        _tools_usage_bars = d.pop("toolsUsageBars", UNSET)
        tools_usage_bars: list[AnalyticsToolUsage] | Unset = UNSET
        if _tools_usage_bars is not UNSET:
            tools_usage_bars = []
            for tools_usage_bars_item_data in _tools_usage_bars:
                tools_usage_bars_item = AnalyticsToolUsage.from_dict(tools_usage_bars_item_data)

                tools_usage_bars.append(tools_usage_bars_item)

        _metadata_value_breakdown = d.pop("metadataValueBreakdown", UNSET)
        metadata_value_breakdown: list[AnalyticsMetadataValueCost] | Unset = UNSET
        if _metadata_value_breakdown is not UNSET:
            metadata_value_breakdown = []
            for metadata_value_breakdown_item_data in _metadata_value_breakdown:
                metadata_value_breakdown_item = AnalyticsMetadataValueCost.from_dict(
                    metadata_value_breakdown_item_data
                )

                metadata_value_breakdown.append(metadata_value_breakdown_item)

        analytics_response = cls(
            success=success,
            chart_interval=chart_interval,
            average_latency=average_latency,
            total_cost=total_cost,
            total_tokens=total_tokens,
            total_requests=total_requests,
            total_cached_tokens=total_cached_tokens,
            total_thinking_tokens=total_thinking_tokens,
            cache_token_ratio=cache_token_ratio,
            stats=stats,
            most_used_models=most_used_models,
            model_requests_by_day=model_requests_by_day,
            most_used_prompt_templates=most_used_prompt_templates,
            prompt_template_requests_by_day=prompt_template_requests_by_day,
            provider_requests_by_day=provider_requests_by_day,
            latency=latency,
            latency_by_model_by_day=latency_by_model_by_day,
            latency_by_prompt_template_by_day=latency_by_prompt_template_by_day,
            latency_by_provider_by_day=latency_by_provider_by_day,
            error_types=error_types,
            provider_breakdown=provider_breakdown,
            prompt_breakdown=prompt_breakdown,
            tags_breakdown=tags_breakdown,
            metadata_keys_top=metadata_keys_top,
            output_keys_top=output_keys_top,
            tools_latency=tools_latency,
            tools_usage_bars=tools_usage_bars,
            metadata_value_breakdown=metadata_value_breakdown,
        )

        analytics_response.additional_properties = d
        return analytics_response

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
