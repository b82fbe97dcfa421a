"""Typed models for request and response bodies.

Models load on first attribute access (PEP 562), so importing one endpoint module
does not pay for the whole model set.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .analytics_breakdown_entry import AnalyticsBreakdownEntry
    from .analytics_chart_interval import AnalyticsChartInterval
    from .analytics_dimension_latency import AnalyticsDimensionLatency
    from .analytics_error_type_count import AnalyticsErrorTypeCount
    from .analytics_key_count import AnalyticsKeyCount
    from .analytics_latency_by_day import AnalyticsLatencyByDay
    from .analytics_latency_by_day_average_latency import AnalyticsLatencyByDayAverageLatency
    from .analytics_latency_by_day_p50_latency import AnalyticsLatencyByDayP50Latency
    from .analytics_latency_by_day_p90_latency import AnalyticsLatencyByDayP90Latency
    from .analytics_latency_by_day_p95_latency import AnalyticsLatencyByDayP95Latency
    from .analytics_metadata_value_cost import AnalyticsMetadataValueCost
    from .analytics_output_shape_counts import AnalyticsOutputShapeCounts
    from .analytics_prompt_template_usage import AnalyticsPromptTemplateUsage
    from .analytics_response import AnalyticsResponse
    from .analytics_response_latency_by_model_by_day import AnalyticsResponseLatencyByModelByDay
    from .analytics_response_latency_by_prompt_template_by_day import (
        AnalyticsResponseLatencyByPromptTemplateByDay,
    )
    from .analytics_response_latency_by_provider_by_day import AnalyticsResponseLatencyByProviderByDay
    from .analytics_response_model_requests_by_day import AnalyticsResponseModelRequestsByDay
    from .analytics_response_prompt_template_requests_by_day import (
        AnalyticsResponsePromptTemplateRequestsByDay,
    )
    from .analytics_response_provider_requests_by_day import AnalyticsResponseProviderRequestsByDay
    from .analytics_stat import AnalyticsStat
    from .analytics_stat_status_counts import AnalyticsStatStatusCounts
    from .analytics_tool_latency import AnalyticsToolLatency
    from .analytics_tool_usage import AnalyticsToolUsage
    from .apply_patch_call_content import ApplyPatchCallContent
    from .apply_patch_call_content_operation import ApplyPatchCallContentOperation
    from .apply_patch_call_output_content import ApplyPatchCallOutputContent
    from .assistant_message import AssistantMessage
    from .bad_request_error import BadRequestError
    from .base_prompt_template import BasePromptTemplate
    from .bash_code_execution_tool_result_content import BashCodeExecutionToolResultContent
    from .bash_code_execution_tool_result_content_content import BashCodeExecutionToolResultContentContent
    from .built_in_tool import BuiltInTool
    from .built_in_tool_config import BuiltInToolConfig
    from .built_in_tool_type import BuiltInToolType
    from .cell import Cell
    from .cell_detail_response import CellDetailResponse
    from .cell_recalculate_batch_request import CellRecalculateBatchRequest
    from .cell_recalculate_batch_response import CellRecalculateBatchResponse
    from .cell_recalculate_response import CellRecalculateResponse
    from .cell_request_metrics import CellRequestMetrics
    from .cell_status import CellStatus
    from .cell_update_request import CellUpdateRequest
    from .cell_update_response import CellUpdateResponse
    from .chat_prompt import ChatPrompt
    from .chat_tool_choice import ChatToolChoice
    from .close_trace_response import CloseTraceResponse
    from .code_content import CodeContent
    from .code_execution_result_content import CodeExecutionResultContent
    from .column import Column
    from .column_config import ColumnConfig
    from .column_create_request import ColumnCreateRequest
    from .column_create_request_config_type_0 import ColumnCreateRequestConfigType0
    from .column_create_response import ColumnCreateResponse
    from .column_delete_response import ColumnDeleteResponse
    from .column_dependency import ColumnDependency
    from .column_dependency_config_meta_type_0 import ColumnDependencyConfigMetaType0
    from .column_list_response import ColumnListResponse
    from .column_type import ColumnType
    from .column_update_request import ColumnUpdateRequest
    from .column_update_request_config_type_0 import ColumnUpdateRequestConfigType0
    from .column_update_response import ColumnUpdateResponse
    from .completion_prompt import CompletionPrompt
    from .container_file_annotation import ContainerFileAnnotation
    from .create_group_response import CreateGroupResponse
    from .create_prompt_label import CreatePromptLabel
    from .create_prompt_template import CreatePromptTemplate
    from .create_prompt_template_response import CreatePromptTemplateResponse
    from .create_skill_collection_multipart_request import CreateSkillCollectionMultipartRequest
    from .create_skill_collection_request import CreateSkillCollectionRequest
    from .create_skill_collection_response import CreateSkillCollectionResponse
    from .create_spans_bulk import CreateSpansBulk
    from .create_spans_bulk_response import CreateSpansBulkResponse
    from .create_spans_bulk_response_request_logs_type_0_item import (
        CreateSpansBulkResponseRequestLogsType0Item,
    )
    from .create_spans_bulk_response_spans_item import CreateSpansBulkResponseSpansItem
    from .create_workflow_request import CreateWorkflowRequest
    from .custom_analytics_chart_spec import CustomAnalyticsChartSpec
    from .custom_analytics_chart_type import CustomAnalyticsChartType
    from .custom_analytics_derived_ratio_result import CustomAnalyticsDerivedRatioResult
    from .custom_analytics_derived_ratio_spec import CustomAnalyticsDerivedRatioSpec
    from .custom_analytics_group_by_field import CustomAnalyticsGroupByField
    from .custom_analytics_insight_type import CustomAnalyticsInsightType
    from .custom_analytics_metric import CustomAnalyticsMetric
    from .custom_analytics_metric_field import CustomAnalyticsMetricField
    from .custom_analytics_request_query import CustomAnalyticsRequestQuery
    from .custom_analytics_response import CustomAnalyticsResponse
    from .custom_analytics_result import CustomAnalyticsResult
    from .custom_analytics_result_data_item import CustomAnalyticsResultDataItem
    from .custom_analytics_series_meta import CustomAnalyticsSeriesMeta
    from .custom_analytics_series_metric import CustomAnalyticsSeriesMetric
    from .custom_analytics_series_spec import CustomAnalyticsSeriesSpec
    from .custom_analytics_time_bucket import CustomAnalyticsTimeBucket
    from .custom_analytics_trace_chart_spec import CustomAnalyticsTraceChartSpec
    from .custom_analytics_trace_chart_type import CustomAnalyticsTraceChartType
    from .custom_analytics_trace_filter import CustomAnalyticsTraceFilter
    from .custom_analytics_trace_filter_group import CustomAnalyticsTraceFilterGroup
    from .custom_analytics_trace_filter_logic import CustomAnalyticsTraceFilterLogic
    from .custom_analytics_trace_group_field import CustomAnalyticsTraceGroupField
    from .custom_analytics_trace_metric_field import CustomAnalyticsTraceMetricField
    from .custom_analytics_trace_query import CustomAnalyticsTraceQuery
    from .custom_analytics_trace_series_spec import CustomAnalyticsTraceSeriesSpec
    from .custom_analytics_unit import CustomAnalyticsUnit
    from .dataset import Dataset
    from .dataset_add_request_log_request import DatasetAddRequestLogRequest
    from .dataset_add_trace_request import DatasetAddTraceRequest
    from .dataset_add_trace_response import DatasetAddTraceResponse
    from .dataset_add_trace_response_row_type_0 import DatasetAddTraceResponseRowType0
    from .dataset_add_trace_to_sheet_request import DatasetAddTraceToSheetRequest
    from .dataset_add_trace_to_sheet_request_metadata import DatasetAddTraceToSheetRequestMetadata
    from .dataset_draft_create_request import DatasetDraftCreateRequest
    from .dataset_draft_response import DatasetDraftResponse
    from .dataset_draft_save_request import DatasetDraftSaveRequest
    from .dataset_filter_params_type_0 import DatasetFilterParamsType0
    from .dataset_group import DatasetGroup
    from .dataset_group_create_request import DatasetGroupCreateRequest
    from .dataset_group_create_response import DatasetGroupCreateResponse
    from .dataset_group_create_response_dataset_group_type_1 import (
        DatasetGroupCreateResponseDatasetGroupType1,
    )
    from .dataset_group_create_response_dataset_type_1 import DatasetGroupCreateResponseDatasetType1
    from .dataset_list_response import DatasetListResponse
    from .dataset_row_cell import DatasetRowCell
    from .dataset_rows_response import DatasetRowsResponse
    from .dataset_sort_field import DatasetSortField
    from .dataset_status_filter import DatasetStatusFilter
    from .dataset_trace_import_mode import DatasetTraceImportMode
    from .dataset_version_from_file_request import DatasetVersionFromFileRequest
    from .dataset_version_from_file_response import DatasetVersionFromFileResponse
    from .dataset_version_from_filter_params_request import DatasetVersionFromFilterParamsRequest
    from .dataset_version_from_filter_params_response import DatasetVersionFromFilterParamsResponse
    from .developer_message import DeveloperMessage
    from .env_var import EnvVar
    from .env_var_create_request import EnvVarCreateRequest
    from .env_var_delete_response import EnvVarDeleteResponse
    from .env_var_error_response import EnvVarErrorResponse
    from .env_var_tool_list_response import EnvVarToolListResponse
    from .env_var_tool_response import EnvVarToolResponse
    from .env_var_update_request import EnvVarUpdateRequest
    from .env_var_workspace_list_response import EnvVarWorkspaceListResponse
    from .env_var_workspace_response import EnvVarWorkspaceResponse
    from .error_response import ErrorResponse
    from .evaluation import Evaluation
    from .evaluation_column_definition import EvaluationColumnDefinition
    from .evaluation_column_definition_configuration import EvaluationColumnDefinitionConfiguration
    from .evaluation_column_type import EvaluationColumnType
    from .evaluation_list_response import EvaluationListResponse
    from .evaluation_pipeline_create_request import EvaluationPipelineCreateRequest
    from .evaluation_pipeline_create_response import EvaluationPipelineCreateResponse
    from .evaluation_pipeline_summary import EvaluationPipelineSummary
    from .evaluation_row_cell import EvaluationRowCell
    from .evaluation_rows_response import EvaluationRowsResponse
    from .evaluation_run import EvaluationRun
    from .evaluation_run_score_configuration_type_0 import EvaluationRunScoreConfigurationType0
    from .evaluation_run_score_type_0 import EvaluationRunScoreType0
    from .evaluation_run_stats import EvaluationRunStats
    from .evaluation_run_stats_status_counts import EvaluationRunStatsStatusCounts
    from .evaluation_run_tags_type_0 import EvaluationRunTagsType0
    from .evaluation_score_configuration_type_0 import EvaluationScoreConfigurationType0
    from .evaluation_sort_field import EvaluationSortField
    from .evaluation_status_filter import EvaluationStatusFilter
    from .evaluation_tags_type_0 import EvaluationTagsType0
    from .evaluation_unknown_cell import EvaluationUnknownCell
    from .external_id import ExternalId
    from .external_id_attach_response import ExternalIdAttachResponse
    from .external_id_delete_response import ExternalIdDeleteResponse
    from .external_id_error_response import ExternalIdErrorResponse
    from .external_id_list_response import ExternalIdListResponse
    from .file_annotation import FileAnnotation
    from .file_move import FileMove
    from .file_update import FileUpdate
    from .filter_group_logic import FilterGroupLogic
    from .folder import Folder
    from .folder_auth_error_response import FolderAuthErrorResponse
    from .folder_create_request import FolderCreateRequest
    from .folder_dataset_entity_metadata import FolderDatasetEntityMetadata
    from .folder_entities_count_response import FolderEntitiesCountResponse
    from .folder_entities_delete_request import FolderEntitiesDeleteRequest
    from .folder_entities_move_request import FolderEntitiesMoveRequest
    from .folder_entity import FolderEntity
    from .folder_entity_list_response import FolderEntityListResponse
    from .folder_entity_reference import FolderEntityReference
    from .folder_entity_sort_field import FolderEntitySortField
    from .folder_entity_type import FolderEntityType
    from .folder_error_response import FolderErrorResponse
    from .folder_other_entity_metadata import FolderOtherEntityMetadata
    from .folder_path_entry import FolderPathEntry
    from .folder_prompt_entity_metadata import FolderPromptEntityMetadata
    from .folder_prompt_kind import FolderPromptKind
    from .folder_rename_request import FolderRenameRequest
    from .folder_resolve_id_response import FolderResolveIdResponse
    from .folder_response import FolderResponse
    from .folder_workflow_entity_metadata import FolderWorkflowEntityMetadata
    from .function import Function
    from .function_call import FunctionCall
    from .function_message import FunctionMessage
    from .function_parameters import FunctionParameters
    from .function_tool import FunctionTool
    from .get_prompt_template import GetPromptTemplate
    from .get_prompt_template_input_variables_type_0 import GetPromptTemplateInputVariablesType0
    from .get_prompt_template_label_response import GetPromptTemplateLabelResponse
    from .get_prompt_template_metadata_filters_type_0 import GetPromptTemplateMetadataFiltersType0
    from .get_prompt_template_model_parameter_overrides_type_0 import (
        GetPromptTemplateModelParameterOverridesType0,
    )
    from .get_prompt_template_raw_response import GetPromptTemplateRawResponse
    from .get_prompt_template_raw_response_llm_kwargs_type_0 import GetPromptTemplateRawResponseLlmKwargsType0
    from .get_prompt_template_response import GetPromptTemplateResponse
    from .get_prompt_template_response_llm_kwargs_type_0 import GetPromptTemplateResponseLlmKwargsType0
    from .get_skill_collection_response import GetSkillCollectionResponse
    from .get_skill_collection_response_files import GetSkillCollectionResponseFiles
    from .get_workflow_response import GetWorkflowResponse
    from .http_validation_error import HTTPValidationError
    from .image_content import ImageContent
    from .image_url import ImageURL
    from .initial_file_update import InitialFileUpdate
    from .list_prompt_template_item import ListPromptTemplateItem
    from .list_prompt_template_item_llm_kwargs_type_0 import ListPromptTemplateItemLlmKwargsType0
    from .list_prompt_templates import ListPromptTemplates
    from .list_skill_collections_response import ListSkillCollectionsResponse
    from .list_workflow_labels_response import ListWorkflowLabelsResponse
    from .list_workflows_response import ListWorkflowsResponse
    from .llm_kwargs_provider import LlmKwargsProvider
    from .log_request import LogRequest
    from .log_request_error_type import LogRequestErrorType
    from .log_request_metadata import LogRequestMetadata
    from .log_request_parameters import LogRequestParameters
    from .log_request_prompt_input_variables import LogRequestPromptInputVariables
    from .log_request_response import LogRequestResponse
    from .map_annotation import MapAnnotation
    from .mcp_approval_request_content import McpApprovalRequestContent
    from .mcp_approval_response_content import McpApprovalResponseContent
    from .mcp_call_content import McpCallContent
    from .mcp_call_content_error_type_1 import McpCallContentErrorType1
    from .mcp_list_tools_content import McpListToolsContent
    from .mcp_list_tools_content_error_type_1 import McpListToolsContentErrorType1
    from .mcp_list_tools_content_tools_item import McpListToolsContentToolsItem
    from .media import Media
    from .media_content import MediaContent
    from .media_format import MediaFormat
    from .media_variable import MediaVariable
    from .message_function_call import MessageFunctionCall
    from .metadata import Metadata
    from .model import Model
    from .model_display_params import ModelDisplayParams
    from .model_parameters import ModelParameters
    from .move_prompt_label import MovePromptLabel
    from .otlp_any_value import OtlpAnyValue
    from .otlp_array_value import OtlpArrayValue
    from .otlp_array_value_values_item import OtlpArrayValueValuesItem
    from .otlp_content_encoding import OtlpContentEncoding
    from .otlp_export_trace_partial_success import OtlpExportTracePartialSuccess
    from .otlp_export_trace_service_request import OtlpExportTraceServiceRequest
    from .otlp_export_trace_service_response import OtlpExportTraceServiceResponse
    from .otlp_instrumentation_scope import OtlpInstrumentationScope
    from .otlp_key_value import OtlpKeyValue
    from .otlp_resource import OtlpResource
    from .otlp_resource_spans import OtlpResourceSpans
    from .otlp_scope_spans import OtlpScopeSpans
    from .otlp_span import OtlpSpan
    from .otlp_span_event import OtlpSpanEvent
    from .otlp_span_kind import OtlpSpanKind
    from .otlp_span_link import OtlpSpanLink
    from .otlp_span_status import OtlpSpanStatus
    from .otlp_status_code import OtlpStatusCode
    from .output_media_content import OutputMediaContent
    from .output_media_content_provider_metadata_type_0 import OutputMediaContentProviderMetadataType0
    from .output_media_type import OutputMediaType
    from .patch_prompt_template_version import PatchPromptTemplateVersion
    from .patch_prompt_template_version_content_type_0 import PatchPromptTemplateVersionContentType0
    from .patch_prompt_template_version_function_call_type_1 import (
        PatchPromptTemplateVersionFunctionCallType1,
    )
    from .patch_prompt_template_version_functions_type_0 import PatchPromptTemplateVersionFunctionsType0
    from .patch_prompt_template_version_messages_type_0 import PatchPromptTemplateVersionMessagesType0
    from .patch_prompt_template_version_model_parameters_type_0 import (
        PatchPromptTemplateVersionModelParametersType0,
    )
    from .patch_prompt_template_version_response_format_type_0 import (
        PatchPromptTemplateVersionResponseFormatType0,
    )
    from .patch_prompt_template_version_tool_choice_type_1 import PatchPromptTemplateVersionToolChoiceType1
    from .patch_prompt_template_version_tools_type_0 import PatchPromptTemplateVersionToolsType0
    from .placeholder_message import PlaceholderMessage
    from .prompt_label import PromptLabel
    from .prompt_template_release_label import PromptTemplateReleaseLabel
    from .prompt_template_sort_field import PromptTemplateSortField
    from .prompt_template_status_filter import PromptTemplateStatusFilter
    from .prompt_version import PromptVersion
    from .report_code_language import ReportCodeLanguage
    from .report_column import ReportColumn
    from .report_column_add_type import ReportColumnAddType
    from .report_column_configuration import ReportColumnConfiguration
    from .report_column_create_request import ReportColumnCreateRequest
    from .report_column_create_request_configuration import ReportColumnCreateRequestConfiguration
    from .report_column_create_response import ReportColumnCreateResponse
    from .report_column_create_response_report_column import ReportColumnCreateResponseReportColumn
    from .report_column_edit_request import ReportColumnEditRequest
    from .report_column_edit_request_configuration_type_0 import ReportColumnEditRequestConfigurationType0
    from .report_column_edit_response import ReportColumnEditResponse
    from .report_column_summary import ReportColumnSummary
    from .report_column_summary_configuration import ReportColumnSummaryConfiguration
    from .report_column_summary_type import ReportColumnSummaryType
    from .report_delete_response import ReportDeleteResponse
    from .report_detail import ReportDetail
    from .report_detail_score_configuration_type_0 import ReportDetailScoreConfigurationType0
    from .report_detail_score_type_0 import ReportDetailScoreType0
    from .report_error_response import ReportErrorResponse
    from .report_get_response import ReportGetResponse
    from .report_message_response import ReportMessageResponse
    from .report_outcome import ReportOutcome
    from .report_rename_request import ReportRenameRequest
    from .report_rename_response import ReportRenameResponse
    from .report_run_request import ReportRunRequest
    from .report_run_response import ReportRunResponse
    from .report_score import ReportScore
    from .report_score_card_update_request import ReportScoreCardUpdateRequest
    from .report_score_card_update_response import ReportScoreCardUpdateResponse
    from .report_score_configuration import ReportScoreConfiguration
    from .report_score_response import ReportScoreResponse
    from .report_score_type import ReportScoreType
    from .report_stats import ReportStats
    from .report_status import ReportStatus
    from .report_status_counts import ReportStatusCounts
    from .request_log_detail_response import RequestLogDetailResponse
    from .request_log_detail_response_prompt_blueprint import RequestLogDetailResponsePromptBlueprint
    from .request_log_filter_field import RequestLogFilterField
    from .request_log_filter_operator import RequestLogFilterOperator
    from .request_log_query import RequestLogQuery
    from .request_log_search_result import RequestLogSearchResult
    from .request_log_search_result_metadata_item import RequestLogSearchResultMetadataItem
    from .request_log_search_result_scores_item import RequestLogSearchResultScoresItem
    from .request_log_sort_by import RequestLogSortBy
    from .request_log_sort_order import RequestLogSortOrder
    from .request_status import RequestStatus
    from .request_suggestion_field import RequestSuggestionField
    from .request_suggestions_response import RequestSuggestionsResponse
    from .row_add_request import RowAddRequest
    from .row_add_request_values_type_0_item import RowAddRequestValuesType0Item
    from .row_add_response import RowAddResponse
    from .row_delete_request import RowDeleteRequest
    from .row_delete_response import RowDeleteResponse
    from .row_list_response import RowListResponse
    from .row_pagination import RowPagination
    from .run_workflow_request import RunWorkflowRequest
    from .run_workflow_request_input_variables import RunWorkflowRequestInputVariables
    from .run_workflow_response import RunWorkflowResponse
    from .save_skill_collection_version_multipart_request import SaveSkillCollectionVersionMultipartRequest
    from .save_skill_collection_version_request import SaveSkillCollectionVersionRequest
    from .save_skill_collection_version_response import SaveSkillCollectionVersionResponse
    from .score_history import ScoreHistory
    from .score_history_points_item import ScoreHistoryPointsItem
    from .score_history_range import ScoreHistoryRange
    from .score_history_resolution import ScoreHistoryResolution
    from .score_history_response import ScoreHistoryResponse
    from .scorecard import Scorecard
    from .scorecard_aggregation import ScorecardAggregation
    from .scorecard_baseline_config_type_0 import ScorecardBaselineConfigType0
    from .scorecard_calculation import ScorecardCalculation
    from .scorecard_calculation_criterion_summaries import ScorecardCalculationCriterionSummaries
    from .scorecard_calculation_drift_summary_type_0 import ScorecardCalculationDriftSummaryType0
    from .scorecard_calculation_response import ScorecardCalculationResponse
    from .scorecard_calculation_response_criterion_summaries_type_0 import (
        ScorecardCalculationResponseCriterionSummariesType0,
    )
    from .scorecard_calculation_response_drift_summary_type_0 import (
        ScorecardCalculationResponseDriftSummaryType0,
    )
    from .scorecard_calculation_status import ScorecardCalculationStatus
    from .scorecard_cancel_response import ScorecardCancelResponse
    from .scorecard_configure_request import ScorecardConfigureRequest
    from .scorecard_configure_request_aggregation import ScorecardConfigureRequestAggregation
    from .scorecard_configure_request_baseline_config_type_0 import (
        ScorecardConfigureRequestBaselineConfigType0,
    )
    from .scorecard_configure_request_display_config_type_0 import ScorecardConfigureRequestDisplayConfigType0
    from .scorecard_configure_response import ScorecardConfigureResponse
    from .scorecard_delete_response import ScorecardDeleteResponse
    from .scorecard_display_config_type_0 import ScorecardDisplayConfigType0
    from .scorecard_get_response import ScorecardGetResponse
    from .scorecard_get_response_criterion_summaries_type_0 import ScorecardGetResponseCriterionSummariesType0
    from .scorecard_get_response_drift_summary_type_0 import ScorecardGetResponseDriftSummaryType0
    from .scorecard_migrate_legacy_request import ScorecardMigrateLegacyRequest
    from .scorecard_migrate_legacy_response import ScorecardMigrateLegacyResponse
    from .scorecard_migration_skip import ScorecardMigrationSkip
    from .scorecard_progress import ScorecardProgress
    from .scorecard_recalculate_response import ScorecardRecalculateResponse
    from .scorecard_reference import ScorecardReference
    from .scorecard_row_list_response import ScorecardRowListResponse
    from .scorecard_row_list_response_verdict_counts import ScorecardRowListResponseVerdictCounts
    from .scorecard_row_response import ScorecardRowResponse
    from .scorecard_row_response_step_results import ScorecardRowResponseStepResults
    from .scorecard_row_summary import ScorecardRowSummary
    from .scorecard_row_summary_drift_summary_type_0 import ScorecardRowSummaryDriftSummaryType0
    from .scorecard_row_summary_stale_state_type_0 import ScorecardRowSummaryStaleStateType0
    from .scorecard_stale_state import ScorecardStaleState
    from .scorecard_status import ScorecardStatus
    from .scorecard_step import ScorecardStep
    from .scorecard_step_config import ScorecardStepConfig
    from .scorecard_step_evidence_mode import ScorecardStepEvidenceMode
    from .scorecard_step_failure_behavior import ScorecardStepFailureBehavior
    from .scorecard_step_primitive_config import ScorecardStepPrimitiveConfig
    from .scorecard_step_primitive_type import ScorecardStepPrimitiveType
    from .scorecard_step_score_adapter_type_0 import ScorecardStepScoreAdapterType0
    from .scorecard_step_thresholds import ScorecardStepThresholds
    from .scorecard_verdict import ScorecardVerdict
    from .scorecard_work_selection import ScorecardWorkSelection
    from .search_request_logs_request import SearchRequestLogsRequest
    from .search_request_logs_response import SearchRequestLogsResponse
    from .server_tool_use_content import ServerToolUseContent
    from .server_tool_use_content_input import ServerToolUseContentInput
    from .sheet import Sheet
    from .sheet_create_accepted_response import SheetCreateAcceptedResponse
    from .sheet_create_request import SheetCreateRequest
    from .sheet_delete_response import SheetDeleteResponse
    from .sheet_detail_response import SheetDetailResponse
    from .sheet_execution_aggregates import SheetExecutionAggregates
    from .sheet_execution_aggregates_by_column_id import SheetExecutionAggregatesByColumnId
    from .sheet_execution_metric_aggregate import SheetExecutionMetricAggregate
    from .sheet_execution_metric_key import SheetExecutionMetricKey
    from .sheet_execution_totals import SheetExecutionTotals
    from .sheet_execution_totals_by_metric import SheetExecutionTotalsByMetric
    from .sheet_file_source import SheetFileSource
    from .sheet_import_file_request import SheetImportFileRequest
    from .sheet_import_operation import SheetImportOperation
    from .sheet_import_request_logs_request import SheetImportRequestLogsRequest
    from .sheet_import_source import SheetImportSource
    from .sheet_import_start_response import SheetImportStartResponse
    from .sheet_import_status import SheetImportStatus
    from .sheet_list_response import SheetListResponse
    from .sheet_operation import SheetOperation
    from .sheet_operation_cancel_response import SheetOperationCancelResponse
    from .sheet_operation_cell import SheetOperationCell
    from .sheet_operation_cell_status import SheetOperationCellStatus
    from .sheet_operation_confirmation_required import SheetOperationConfirmationRequired
    from .sheet_operation_create_request import SheetOperationCreateRequest
    from .sheet_operation_kind import SheetOperationKind
    from .sheet_operation_list_response import SheetOperationListResponse
    from .sheet_operation_list_response_status_counts import SheetOperationListResponseStatusCounts
    from .sheet_operation_noop import SheetOperationNoop
    from .sheet_operation_queued import SheetOperationQueued
    from .sheet_operation_response import SheetOperationResponse
    from .sheet_operation_status_counts import SheetOperationStatusCounts
    from .sheet_operation_unknown_result import SheetOperationUnknownResult
    from .sheet_request_logs_source import SheetRequestLogsSource
    from .sheet_row import SheetRow
    from .sheet_row_cells import SheetRowCells
    from .sheet_score_assertion_aggregation import SheetScoreAssertionAggregation
    from .sheet_score_cell import SheetScoreCell
    from .sheet_score_code_language import SheetScoreCodeLanguage
    from .sheet_score_column import SheetScoreColumn
    from .sheet_score_configuration import SheetScoreConfiguration
    from .sheet_score_configuration_score_config import SheetScoreConfigurationScoreConfig
    from .sheet_score_configure_request import SheetScoreConfigureRequest
    from .sheet_score_configure_request_score_config_type_0 import SheetScoreConfigureRequestScoreConfigType0
    from .sheet_score_configure_response import SheetScoreConfigureResponse
    from .sheet_score_kind import SheetScoreKind
    from .sheet_score_metric import SheetScoreMetric
    from .sheet_score_recalculate_response import SheetScoreRecalculateResponse
    from .sheet_score_response import SheetScoreResponse
    from .sheet_score_response_aggregate import SheetScoreResponseAggregate
    from .sheet_score_response_details import SheetScoreResponseDetails
    from .sheet_score_response_per_column import SheetScoreResponsePerColumn
    from .sheet_score_scoring_type import SheetScoreScoringType
    from .sheet_score_status import SheetScoreStatus
    from .sheet_status_counts_response import SheetStatusCountsResponse
    from .sheet_status_counts_response_status_counts import SheetStatusCountsResponseStatusCounts
    from .sheet_update_request import SheetUpdateRequest
    from .sheet_update_response import SheetUpdateResponse
    from .sheet_version import SheetVersion
    from .sheet_version_create_request import SheetVersionCreateRequest
    from .sheet_version_deltas_item import SheetVersionDeltasItem
    from .sheet_version_filters import SheetVersionFilters
    from .sheet_version_list_response import SheetVersionListResponse
    from .sheet_version_metadata import SheetVersionMetadata
    from .sheet_version_pagination import SheetVersionPagination
    from .sheet_version_response import SheetVersionResponse
    from .sheet_version_score import SheetVersionScore
    from .sheet_version_score_configuration_type_0 import SheetVersionScoreConfigurationType0
    from .sheet_version_snapshot import SheetVersionSnapshot
    from .sheet_version_sort_field import SheetVersionSortField
    from .shell_call_content import ShellCallContent
    from .shell_call_content_action import ShellCallContentAction
    from .shell_call_output_content import ShellCallOutputContent
    from .shell_call_output_content_output_item import ShellCallOutputContentOutputItem
    from .skill_collection import SkillCollection
    from .skill_collection_download_format import SkillCollectionDownloadFormat
    from .skill_collection_error_response import SkillCollectionErrorResponse
    from .skill_collection_sort_by import SkillCollectionSortBy
    from .skill_collection_sort_order import SkillCollectionSortOrder
    from .skill_collection_version import SkillCollectionVersion
    from .snippet_reference import SnippetReference
    from .snippet_usage_label import SnippetUsageLabel
    from .snippet_usage_prompt import SnippetUsagePrompt
    from .snippet_usage_response import SnippetUsageResponse
    from .sort_order import SortOrder
    from .span import Span
    from .span_attributes import SpanAttributes
    from .span_context import SpanContext
    from .span_events_item import SpanEventsItem
    from .span_kind import SpanKind
    from .span_links_item import SpanLinksItem
    from .span_rejection_reason import SpanRejectionReason
    from .span_resource import SpanResource
    from .span_resource_attributes import SpanResourceAttributes
    from .span_status import SpanStatus
    from .span_status_code import SpanStatusCode
    from .structured_filter import StructuredFilter
    from .structured_filter_group import StructuredFilterGroup
    from .system_message import SystemMessage
    from .table import Table
    from .table_create_request import TableCreateRequest
    from .table_create_response import TableCreateResponse
    from .table_delete_response import TableDeleteResponse
    from .table_detail import TableDetail
    from .table_detail_response import TableDetailResponse
    from .table_detail_sheet_row_counts import TableDetailSheetRowCounts
    from .table_import_operation import TableImportOperation
    from .table_import_operation_response import TableImportOperationResponse
    from .table_import_source import TableImportSource
    from .table_import_status import TableImportStatus
    from .table_list_response import TableListResponse
    from .table_sort_order import TableSortOrder
    from .table_update_request import TableUpdateRequest
    from .template_format import TemplateFormat
    from .text_content import TextContent
    from .text_editor_code_execution_tool_result_content import TextEditorCodeExecutionToolResultContent
    from .text_editor_code_execution_tool_result_content_content import (
        TextEditorCodeExecutionToolResultContentContent,
    )
    from .thinking_content import ThinkingContent
    from .tool_call import ToolCall
    from .tool_message import ToolMessage
    from .tool_registry_create_request import ToolRegistryCreateRequest
    from .tool_registry_create_response import ToolRegistryCreateResponse
    from .tool_registry_definition import ToolRegistryDefinition
    from .tool_registry_detail import ToolRegistryDetail
    from .tool_registry_detail_response import ToolRegistryDetailResponse
    from .tool_registry_execution import ToolRegistryExecution
    from .tool_registry_execution_language import ToolRegistryExecutionLanguage
    from .tool_registry_execution_type import ToolRegistryExecutionType
    from .tool_registry_label import ToolRegistryLabel
    from .tool_registry_list_item import ToolRegistryListItem
    from .tool_registry_list_response import ToolRegistryListResponse
    from .tool_registry_record import ToolRegistryRecord
    from .tool_registry_sort_by import ToolRegistrySortBy
    from .tool_registry_sort_order import ToolRegistrySortOrder
    from .tool_registry_test_error import ToolRegistryTestError
    from .tool_registry_test_execute_request import ToolRegistryTestExecuteRequest
    from .tool_registry_test_execute_response import ToolRegistryTestExecuteResponse
    from .tool_registry_test_inputs import ToolRegistryTestInputs
    from .tool_registry_test_result import ToolRegistryTestResult
    from .tool_registry_test_status import ToolRegistryTestStatus
    from .tool_registry_version import ToolRegistryVersion
    from .tool_registry_version_create_request import ToolRegistryVersionCreateRequest
    from .tool_registry_version_create_response import ToolRegistryVersionCreateResponse
    from .trace_already_closed_response import TraceAlreadyClosedResponse
    from .trace_closed_error import TraceClosedError
    from .trace_closure import TraceClosure
    from .trace_closure_status import TraceClosureStatus
    from .trace_detail_response import TraceDetailResponse
    from .trace_detail_response_spans_item import TraceDetailResponseSpansItem
    from .track_group_request import TrackGroupRequest
    from .track_metadata_request import TrackMetadataRequest
    from .track_metadata_request_metadata import TrackMetadataRequestMetadata
    from .track_prompt_request import TrackPromptRequest
    from .track_prompt_request_prompt_input_variables import TrackPromptRequestPromptInputVariables
    from .track_request import TrackRequest
    from .track_request_kwargs import TrackRequestKwargs
    from .track_request_metadata import TrackRequestMetadata
    from .track_request_prompt_input_variables import TrackRequestPromptInputVariables
    from .track_request_request_response import TrackRequestRequestResponse
    from .track_request_response import TrackRequestResponse
    from .track_request_response_prompt_blueprint_type_0 import TrackRequestResponsePromptBlueprintType0
    from .track_response import TrackResponse
    from .track_score_request import TrackScoreRequest
    from .unknown_annotation import UnknownAnnotation
    from .unknown_content import UnknownContent
    from .unknown_message import UnknownMessage
    from .unknown_tool import UnknownTool
    from .update_skill_collection_request import UpdateSkillCollectionRequest
    from .update_skill_collection_response import UpdateSkillCollectionResponse
    from .update_workflow_node import UpdateWorkflowNode
    from .update_workflow_node_configuration_type_0 import UpdateWorkflowNodeConfigurationType0
    from .update_workflow_nodes import UpdateWorkflowNodes
    from .update_workflow_request import UpdateWorkflowRequest
    from .user_message import UserMessage
    from .validation_error_detail import ValidationErrorDetail
    from .web_annotation import WebAnnotation
    from .web_search_result import WebSearchResult
    from .web_search_tool_result_content import WebSearchToolResultContent
    from .workflow_edge import WorkflowEdge
    from .workflow_edge_conditionals_item import WorkflowEdgeConditionalsItem
    from .workflow_input_variable_types import WorkflowInputVariableTypes
    from .workflow_list_error import WorkflowListError
    from .workflow_list_item import WorkflowListItem
    from .workflow_node import WorkflowNode
    from .workflow_node_configuration import WorkflowNodeConfiguration
    from .workflow_node_result import WorkflowNodeResult
    from .workflow_node_results import WorkflowNodeResults
    from .workflow_release_label import WorkflowReleaseLabel
    from .workflow_run_metadata import WorkflowRunMetadata
    from .workflow_sort_field import WorkflowSortField
    from .workflow_sort_order import WorkflowSortOrder
    from .workflow_version_condition_operator import WorkflowVersionConditionOperator
    from .workflow_version_created_response import WorkflowVersionCreatedResponse
    from .workflow_version_edge import WorkflowVersionEdge
    from .workflow_version_edge_condition import WorkflowVersionEdgeCondition
    from .workflow_version_edge_condition_left_config import WorkflowVersionEdgeConditionLeftConfig
    from .workflow_version_edge_condition_right_config import WorkflowVersionEdgeConditionRightConfig
    from .workflow_version_node import WorkflowVersionNode
    from .workflow_version_node_configuration import WorkflowVersionNodeConfiguration
    from .workflow_version_node_summary import WorkflowVersionNodeSummary

_MODULE_OF: dict[str, str] = {
    "AnalyticsBreakdownEntry": ".analytics_breakdown_entry",
    "AnalyticsChartInterval": ".analytics_chart_interval",
    "AnalyticsDimensionLatency": ".analytics_dimension_latency",
    "AnalyticsErrorTypeCount": ".analytics_error_type_count",
    "AnalyticsKeyCount": ".analytics_key_count",
    "AnalyticsLatencyByDay": ".analytics_latency_by_day",
    "AnalyticsLatencyByDayAverageLatency": ".analytics_latency_by_day_average_latency",
    "AnalyticsLatencyByDayP50Latency": ".analytics_latency_by_day_p50_latency",
    "AnalyticsLatencyByDayP90Latency": ".analytics_latency_by_day_p90_latency",
    "AnalyticsLatencyByDayP95Latency": ".analytics_latency_by_day_p95_latency",
    "AnalyticsMetadataValueCost": ".analytics_metadata_value_cost",
    "AnalyticsOutputShapeCounts": ".analytics_output_shape_counts",
    "AnalyticsPromptTemplateUsage": ".analytics_prompt_template_usage",
    "AnalyticsResponse": ".analytics_response",
    "AnalyticsResponseLatencyByModelByDay": ".analytics_response_latency_by_model_by_day",
    "AnalyticsResponseLatencyByPromptTemplateByDay": ".analytics_response_latency_by_prompt_template_by_day",
    "AnalyticsResponseLatencyByProviderByDay": ".analytics_response_latency_by_provider_by_day",
    "AnalyticsResponseModelRequestsByDay": ".analytics_response_model_requests_by_day",
    "AnalyticsResponsePromptTemplateRequestsByDay": ".analytics_response_prompt_template_requests_by_day",
    "AnalyticsResponseProviderRequestsByDay": ".analytics_response_provider_requests_by_day",
    "AnalyticsStat": ".analytics_stat",
    "AnalyticsStatStatusCounts": ".analytics_stat_status_counts",
    "AnalyticsToolLatency": ".analytics_tool_latency",
    "AnalyticsToolUsage": ".analytics_tool_usage",
    "ApplyPatchCallContent": ".apply_patch_call_content",
    "ApplyPatchCallContentOperation": ".apply_patch_call_content_operation",
    "ApplyPatchCallOutputContent": ".apply_patch_call_output_content",
    "AssistantMessage": ".assistant_message",
    "BadRequestError": ".bad_request_error",
    "BasePromptTemplate": ".base_prompt_template",
    "BashCodeExecutionToolResultContent": ".bash_code_execution_tool_result_content",
    "BashCodeExecutionToolResultContentContent": ".bash_code_execution_tool_result_content_content",
    "BuiltInTool": ".built_in_tool",
    "BuiltInToolConfig": ".built_in_tool_config",
    "BuiltInToolType": ".built_in_tool_type",
    "Cell": ".cell",
    "CellDetailResponse": ".cell_detail_response",
    "CellRecalculateBatchRequest": ".cell_recalculate_batch_request",
    "CellRecalculateBatchResponse": ".cell_recalculate_batch_response",
    "CellRecalculateResponse": ".cell_recalculate_response",
    "CellRequestMetrics": ".cell_request_metrics",
    "CellStatus": ".cell_status",
    "CellUpdateRequest": ".cell_update_request",
    "CellUpdateResponse": ".cell_update_response",
    "ChatPrompt": ".chat_prompt",
    "ChatToolChoice": ".chat_tool_choice",
    "CloseTraceResponse": ".close_trace_response",
    "CodeContent": ".code_content",
    "CodeExecutionResultContent": ".code_execution_result_content",
    "Column": ".column",
    "ColumnConfig": ".column_config",
    "ColumnCreateRequest": ".column_create_request",
    "ColumnCreateRequestConfigType0": ".column_create_request_config_type_0",
    "ColumnCreateResponse": ".column_create_response",
    "ColumnDeleteResponse": ".column_delete_response",
    "ColumnDependency": ".column_dependency",
    "ColumnDependencyConfigMetaType0": ".column_dependency_config_meta_type_0",
    "ColumnListResponse": ".column_list_response",
    "ColumnType": ".column_type",
    "ColumnUpdateRequest": ".column_update_request",
    "ColumnUpdateRequestConfigType0": ".column_update_request_config_type_0",
    "ColumnUpdateResponse": ".column_update_response",
    "CompletionPrompt": ".completion_prompt",
    "ContainerFileAnnotation": ".container_file_annotation",
    "CreateGroupResponse": ".create_group_response",
    "CreatePromptLabel": ".create_prompt_label",
    "CreatePromptTemplate": ".create_prompt_template",
    "CreatePromptTemplateResponse": ".create_prompt_template_response",
    "CreateSkillCollectionMultipartRequest": ".create_skill_collection_multipart_request",
    "CreateSkillCollectionRequest": ".create_skill_collection_request",
    "CreateSkillCollectionResponse": ".create_skill_collection_response",
    "CreateSpansBulk": ".create_spans_bulk",
    "CreateSpansBulkResponse": ".create_spans_bulk_response",
    "CreateSpansBulkResponseRequestLogsType0Item": ".create_spans_bulk_response_request_logs_type_0_item",
    "CreateSpansBulkResponseSpansItem": ".create_spans_bulk_response_spans_item",
    "CreateWorkflowRequest": ".create_workflow_request",
    "CustomAnalyticsChartSpec": ".custom_analytics_chart_spec",
    "CustomAnalyticsChartType": ".custom_analytics_chart_type",
    "CustomAnalyticsDerivedRatioResult": ".custom_analytics_derived_ratio_result",
    "CustomAnalyticsDerivedRatioSpec": ".custom_analytics_derived_ratio_spec",
    "CustomAnalyticsGroupByField": ".custom_analytics_group_by_field",
    "CustomAnalyticsInsightType": ".custom_analytics_insight_type",
    "CustomAnalyticsMetric": ".custom_analytics_metric",
    "CustomAnalyticsMetricField": ".custom_analytics_metric_field",
    "CustomAnalyticsRequestQuery": ".custom_analytics_request_query",
    "CustomAnalyticsResponse": ".custom_analytics_response",
    "CustomAnalyticsResult": ".custom_analytics_result",
    "CustomAnalyticsResultDataItem": ".custom_analytics_result_data_item",
    "CustomAnalyticsSeriesMeta": ".custom_analytics_series_meta",
    "CustomAnalyticsSeriesMetric": ".custom_analytics_series_metric",
    "CustomAnalyticsSeriesSpec": ".custom_analytics_series_spec",
    "CustomAnalyticsTimeBucket": ".custom_analytics_time_bucket",
    "CustomAnalyticsTraceChartSpec": ".custom_analytics_trace_chart_spec",
    "CustomAnalyticsTraceChartType": ".custom_analytics_trace_chart_type",
    "CustomAnalyticsTraceFilter": ".custom_analytics_trace_filter",
    "CustomAnalyticsTraceFilterGroup": ".custom_analytics_trace_filter_group",
    "CustomAnalyticsTraceFilterLogic": ".custom_analytics_trace_filter_logic",
    "CustomAnalyticsTraceGroupField": ".custom_analytics_trace_group_field",
    "CustomAnalyticsTraceMetricField": ".custom_analytics_trace_metric_field",
    "CustomAnalyticsTraceQuery": ".custom_analytics_trace_query",
    "CustomAnalyticsTraceSeriesSpec": ".custom_analytics_trace_series_spec",
    "CustomAnalyticsUnit": ".custom_analytics_unit",
    "Dataset": ".dataset",
    "DatasetAddRequestLogRequest": ".dataset_add_request_log_request",
    "DatasetAddTraceRequest": ".dataset_add_trace_request",
    "DatasetAddTraceResponse": ".dataset_add_trace_response",
    "DatasetAddTraceResponseRowType0": ".dataset_add_trace_response_row_type_0",
    "DatasetAddTraceToSheetRequest": ".dataset_add_trace_to_sheet_request",
    "DatasetAddTraceToSheetRequestMetadata": ".dataset_add_trace_to_sheet_request_metadata",
    "DatasetDraftCreateRequest": ".dataset_draft_create_request",
    "DatasetDraftResponse": ".dataset_draft_response",
    "DatasetDraftSaveRequest": ".dataset_draft_save_request",
    "DatasetFilterParamsType0": ".dataset_filter_params_type_0",
    "DatasetGroup": ".dataset_group",
    "DatasetGroupCreateRequest": ".dataset_group_create_request",
    "DatasetGroupCreateResponse": ".dataset_group_create_response",
    "DatasetGroupCreateResponseDatasetGroupType1": ".dataset_group_create_response_dataset_group_type_1",
    "DatasetGroupCreateResponseDatasetType1": ".dataset_group_create_response_dataset_type_1",
    "DatasetListResponse": ".dataset_list_response",
    "DatasetRowCell": ".dataset_row_cell",
    "DatasetRowsResponse": ".dataset_rows_response",
    "DatasetSortField": ".dataset_sort_field",
    "DatasetStatusFilter": ".dataset_status_filter",
    "DatasetTraceImportMode": ".dataset_trace_import_mode",
    "DatasetVersionFromFileRequest": ".dataset_version_from_file_request",
    "DatasetVersionFromFileResponse": ".dataset_version_from_file_response",
    "DatasetVersionFromFilterParamsRequest": ".dataset_version_from_filter_params_request",
    "DatasetVersionFromFilterParamsResponse": ".dataset_version_from_filter_params_response",
    "DeveloperMessage": ".developer_message",
    "EnvVar": ".env_var",
    "EnvVarCreateRequest": ".env_var_create_request",
    "EnvVarDeleteResponse": ".env_var_delete_response",
    "EnvVarErrorResponse": ".env_var_error_response",
    "EnvVarToolListResponse": ".env_var_tool_list_response",
    "EnvVarToolResponse": ".env_var_tool_response",
    "EnvVarUpdateRequest": ".env_var_update_request",
    "EnvVarWorkspaceListResponse": ".env_var_workspace_list_response",
    "EnvVarWorkspaceResponse": ".env_var_workspace_response",
    "ErrorResponse": ".error_response",
    "Evaluation": ".evaluation",
    "EvaluationColumnDefinition": ".evaluation_column_definition",
    "EvaluationColumnDefinitionConfiguration": ".evaluation_column_definition_configuration",
    "EvaluationColumnType": ".evaluation_column_type",
    "EvaluationListResponse": ".evaluation_list_response",
    "EvaluationPipelineCreateRequest": ".evaluation_pipeline_create_request",
    "EvaluationPipelineCreateResponse": ".evaluation_pipeline_create_response",
    "EvaluationPipelineSummary": ".evaluation_pipeline_summary",
    "EvaluationRowCell": ".evaluation_row_cell",
    "EvaluationRowsResponse": ".evaluation_rows_response",
    "EvaluationRun": ".evaluation_run",
    "EvaluationRunScoreConfigurationType0": ".evaluation_run_score_configuration_type_0",
    "EvaluationRunScoreType0": ".evaluation_run_score_type_0",
    "EvaluationRunStats": ".evaluation_run_stats",
    "EvaluationRunStatsStatusCounts": ".evaluation_run_stats_status_counts",
    "EvaluationRunTagsType0": ".evaluation_run_tags_type_0",
    "EvaluationScoreConfigurationType0": ".evaluation_score_configuration_type_0",
    "EvaluationSortField": ".evaluation_sort_field",
    "EvaluationStatusFilter": ".evaluation_status_filter",
    "EvaluationTagsType0": ".evaluation_tags_type_0",
    "EvaluationUnknownCell": ".evaluation_unknown_cell",
    "ExternalId": ".external_id",
    "ExternalIdAttachResponse": ".external_id_attach_response",
    "ExternalIdDeleteResponse": ".external_id_delete_response",
    "ExternalIdErrorResponse": ".external_id_error_response",
    "ExternalIdListResponse": ".external_id_list_response",
    "FileAnnotation": ".file_annotation",
    "FileMove": ".file_move",
    "FileUpdate": ".file_update",
    "FilterGroupLogic": ".filter_group_logic",
    "Folder": ".folder",
    "FolderAuthErrorResponse": ".folder_auth_error_response",
    "FolderCreateRequest": ".folder_create_request",
    "FolderDatasetEntityMetadata": ".folder_dataset_entity_metadata",
    "FolderEntitiesCountResponse": ".folder_entities_count_response",
    "FolderEntitiesDeleteRequest": ".folder_entities_delete_request",
    "FolderEntitiesMoveRequest": ".folder_entities_move_request",
    "FolderEntity": ".folder_entity",
    "FolderEntityListResponse": ".folder_entity_list_response",
    "FolderEntityReference": ".folder_entity_reference",
    "FolderEntitySortField": ".folder_entity_sort_field",
    "FolderEntityType": ".folder_entity_type",
    "FolderErrorResponse": ".folder_error_response",
    "FolderOtherEntityMetadata": ".folder_other_entity_metadata",
    "FolderPathEntry": ".folder_path_entry",
    "FolderPromptEntityMetadata": ".folder_prompt_entity_metadata",
    "FolderPromptKind": ".folder_prompt_kind",
    "FolderRenameRequest": ".folder_rename_request",
    "FolderResolveIdResponse": ".folder_resolve_id_response",
    "FolderResponse": ".folder_response",
    "FolderWorkflowEntityMetadata": ".folder_workflow_entity_metadata",
    "Function": ".function",
    "FunctionCall": ".function_call",
    "FunctionMessage": ".function_message",
    "FunctionParameters": ".function_parameters",
    "FunctionTool": ".function_tool",
    "GetPromptTemplate": ".get_prompt_template",
    "GetPromptTemplateInputVariablesType0": ".get_prompt_template_input_variables_type_0",
    "GetPromptTemplateLabelResponse": ".get_prompt_template_label_response",
    "GetPromptTemplateMetadataFiltersType0": ".get_prompt_template_metadata_filters_type_0",
    "GetPromptTemplateModelParameterOverridesType0": ".get_prompt_template_model_parameter_overrides_type_0",
    "GetPromptTemplateRawResponse": ".get_prompt_template_raw_response",
    "GetPromptTemplateRawResponseLlmKwargsType0": ".get_prompt_template_raw_response_llm_kwargs_type_0",
    "GetPromptTemplateResponse": ".get_prompt_template_response",
    "GetPromptTemplateResponseLlmKwargsType0": ".get_prompt_template_response_llm_kwargs_type_0",
    "GetSkillCollectionResponse": ".get_skill_collection_response",
    "GetSkillCollectionResponseFiles": ".get_skill_collection_response_files",
    "GetWorkflowResponse": ".get_workflow_response",
    "HTTPValidationError": ".http_validation_error",
    "ImageContent": ".image_content",
    "ImageURL": ".image_url",
    "InitialFileUpdate": ".initial_file_update",
    "ListPromptTemplateItem": ".list_prompt_template_item",
    "ListPromptTemplateItemLlmKwargsType0": ".list_prompt_template_item_llm_kwargs_type_0",
    "ListPromptTemplates": ".list_prompt_templates",
    "ListSkillCollectionsResponse": ".list_skill_collections_response",
    "ListWorkflowLabelsResponse": ".list_workflow_labels_response",
    "ListWorkflowsResponse": ".list_workflows_response",
    "LlmKwargsProvider": ".llm_kwargs_provider",
    "LogRequest": ".log_request",
    "LogRequestErrorType": ".log_request_error_type",
    "LogRequestMetadata": ".log_request_metadata",
    "LogRequestParameters": ".log_request_parameters",
    "LogRequestPromptInputVariables": ".log_request_prompt_input_variables",
    "LogRequestResponse": ".log_request_response",
    "MapAnnotation": ".map_annotation",
    "McpApprovalRequestContent": ".mcp_approval_request_content",
    "McpApprovalResponseContent": ".mcp_approval_response_content",
    "McpCallContent": ".mcp_call_content",
    "McpCallContentErrorType1": ".mcp_call_content_error_type_1",
    "McpListToolsContent": ".mcp_list_tools_content",
    "McpListToolsContentErrorType1": ".mcp_list_tools_content_error_type_1",
    "McpListToolsContentToolsItem": ".mcp_list_tools_content_tools_item",
    "Media": ".media",
    "MediaContent": ".media_content",
    "MediaFormat": ".media_format",
    "MediaVariable": ".media_variable",
    "MessageFunctionCall": ".message_function_call",
    "Metadata": ".metadata",
    "Model": ".model",
    "ModelDisplayParams": ".model_display_params",
    "ModelParameters": ".model_parameters",
    "MovePromptLabel": ".move_prompt_label",
    "OtlpAnyValue": ".otlp_any_value",
    "OtlpArrayValue": ".otlp_array_value",
    "OtlpArrayValueValuesItem": ".otlp_array_value_values_item",
    "OtlpContentEncoding": ".otlp_content_encoding",
    "OtlpExportTracePartialSuccess": ".otlp_export_trace_partial_success",
    "OtlpExportTraceServiceRequest": ".otlp_export_trace_service_request",
    "OtlpExportTraceServiceResponse": ".otlp_export_trace_service_response",
    "OtlpInstrumentationScope": ".otlp_instrumentation_scope",
    "OtlpKeyValue": ".otlp_key_value",
    "OtlpResource": ".otlp_resource",
    "OtlpResourceSpans": ".otlp_resource_spans",
    "OtlpScopeSpans": ".otlp_scope_spans",
    "OtlpSpan": ".otlp_span",
    "OtlpSpanEvent": ".otlp_span_event",
    "OtlpSpanKind": ".otlp_span_kind",
    "OtlpSpanLink": ".otlp_span_link",
    "OtlpSpanStatus": ".otlp_span_status",
    "OtlpStatusCode": ".otlp_status_code",
    "OutputMediaContent": ".output_media_content",
    "OutputMediaContentProviderMetadataType0": ".output_media_content_provider_metadata_type_0",
    "OutputMediaType": ".output_media_type",
    "PatchPromptTemplateVersion": ".patch_prompt_template_version",
    "PatchPromptTemplateVersionContentType0": ".patch_prompt_template_version_content_type_0",
    "PatchPromptTemplateVersionFunctionCallType1": ".patch_prompt_template_version_function_call_type_1",
    "PatchPromptTemplateVersionFunctionsType0": ".patch_prompt_template_version_functions_type_0",
    "PatchPromptTemplateVersionMessagesType0": ".patch_prompt_template_version_messages_type_0",
    "PatchPromptTemplateVersionModelParametersType0": ".patch_prompt_template_version_model_parameters_type_0",
    "PatchPromptTemplateVersionResponseFormatType0": ".patch_prompt_template_version_response_format_type_0",
    "PatchPromptTemplateVersionToolChoiceType1": ".patch_prompt_template_version_tool_choice_type_1",
    "PatchPromptTemplateVersionToolsType0": ".patch_prompt_template_version_tools_type_0",
    "PlaceholderMessage": ".placeholder_message",
    "PromptLabel": ".prompt_label",
    "PromptTemplateReleaseLabel": ".prompt_template_release_label",
    "PromptTemplateSortField": ".prompt_template_sort_field",
    "PromptTemplateStatusFilter": ".prompt_template_status_filter",
    "PromptVersion": ".prompt_version",
    "ReportCodeLanguage": ".report_code_language",
    "ReportColumn": ".report_column",
    "ReportColumnAddType": ".report_column_add_type",
    "ReportColumnConfiguration": ".report_column_configuration",
    "ReportColumnCreateRequest": ".report_column_create_request",
    "ReportColumnCreateRequestConfiguration": ".report_column_create_request_configuration",
    "ReportColumnCreateResponse": ".report_column_create_response",
    "ReportColumnCreateResponseReportColumn": ".report_column_create_response_report_column",
    "ReportColumnEditRequest": ".report_column_edit_request",
    "ReportColumnEditRequestConfigurationType0": ".report_column_edit_request_configuration_type_0",
    "ReportColumnEditResponse": ".report_column_edit_response",
    "ReportColumnSummary": ".report_column_summary",
    "ReportColumnSummaryConfiguration": ".report_column_summary_configuration",
    "ReportColumnSummaryType": ".report_column_summary_type",
    "ReportDeleteResponse": ".report_delete_response",
    "ReportDetail": ".report_detail",
    "ReportDetailScoreConfigurationType0": ".report_detail_score_configuration_type_0",
    "ReportDetailScoreType0": ".report_detail_score_type_0",
    "ReportErrorResponse": ".report_error_response",
    "ReportGetResponse": ".report_get_response",
    "ReportMessageResponse": ".report_message_response",
    "ReportOutcome": ".report_outcome",
    "ReportRenameRequest": ".report_rename_request",
    "ReportRenameResponse": ".report_rename_response",
    "ReportRunRequest": ".report_run_request",
    "ReportRunResponse": ".report_run_response",
    "ReportScore": ".report_score",
    "ReportScoreCardUpdateRequest": ".report_score_card_update_request",
    "ReportScoreCardUpdateResponse": ".report_score_card_update_response",
    "ReportScoreConfiguration": ".report_score_configuration",
    "ReportScoreResponse": ".report_score_response",
    "ReportScoreType": ".report_score_type",
    "ReportStats": ".report_stats",
    "ReportStatus": ".report_status",
    "ReportStatusCounts": ".report_status_counts",
    "RequestLogDetailResponse": ".request_log_detail_response",
    "RequestLogDetailResponsePromptBlueprint": ".request_log_detail_response_prompt_blueprint",
    "RequestLogFilterField": ".request_log_filter_field",
    "RequestLogFilterOperator": ".request_log_filter_operator",
    "RequestLogQuery": ".request_log_query",
    "RequestLogSearchResult": ".request_log_search_result",
    "RequestLogSearchResultMetadataItem": ".request_log_search_result_metadata_item",
    "RequestLogSearchResultScoresItem": ".request_log_search_result_scores_item",
    "RequestLogSortBy": ".request_log_sort_by",
    "RequestLogSortOrder": ".request_log_sort_order",
    "RequestStatus": ".request_status",
    "RequestSuggestionField": ".request_suggestion_field",
    "RequestSuggestionsResponse": ".request_suggestions_response",
    "RowAddRequest": ".row_add_request",
    "RowAddRequestValuesType0Item": ".row_add_request_values_type_0_item",
    "RowAddResponse": ".row_add_response",
    "RowDeleteRequest": ".row_delete_request",
    "RowDeleteResponse": ".row_delete_response",
    "RowListResponse": ".row_list_response",
    "RowPagination": ".row_pagination",
    "RunWorkflowRequest": ".run_workflow_request",
    "RunWorkflowRequestInputVariables": ".run_workflow_request_input_variables",
    "RunWorkflowResponse": ".run_workflow_response",
    "SaveSkillCollectionVersionMultipartRequest": ".save_skill_collection_version_multipart_request",
    "SaveSkillCollectionVersionRequest": ".save_skill_collection_version_request",
    "SaveSkillCollectionVersionResponse": ".save_skill_collection_version_response",
    "ScoreHistory": ".score_history",
    "ScoreHistoryPointsItem": ".score_history_points_item",
    "ScoreHistoryRange": ".score_history_range",
    "ScoreHistoryResolution": ".score_history_resolution",
    "ScoreHistoryResponse": ".score_history_response",
    "Scorecard": ".scorecard",
    "ScorecardAggregation": ".scorecard_aggregation",
    "ScorecardBaselineConfigType0": ".scorecard_baseline_config_type_0",
    "ScorecardCalculation": ".scorecard_calculation",
    "ScorecardCalculationCriterionSummaries": ".scorecard_calculation_criterion_summaries",
    "ScorecardCalculationDriftSummaryType0": ".scorecard_calculation_drift_summary_type_0",
    "ScorecardCalculationResponse": ".scorecard_calculation_response",
    "ScorecardCalculationResponseCriterionSummariesType0": ".scorecard_calculation_response_criterion_summaries_type_0",
    "ScorecardCalculationResponseDriftSummaryType0": ".scorecard_calculation_response_drift_summary_type_0",
    "ScorecardCalculationStatus": ".scorecard_calculation_status",
    "ScorecardCancelResponse": ".scorecard_cancel_response",
    "ScorecardConfigureRequest": ".scorecard_configure_request",
    "ScorecardConfigureRequestAggregation": ".scorecard_configure_request_aggregation",
    "ScorecardConfigureRequestBaselineConfigType0": ".scorecard_configure_request_baseline_config_type_0",
    "ScorecardConfigureRequestDisplayConfigType0": ".scorecard_configure_request_display_config_type_0",
    "ScorecardConfigureResponse": ".scorecard_configure_response",
    "ScorecardDeleteResponse": ".scorecard_delete_response",
    "ScorecardDisplayConfigType0": ".scorecard_display_config_type_0",
    "ScorecardGetResponse": ".scorecard_get_response",
    "ScorecardGetResponseCriterionSummariesType0": ".scorecard_get_response_criterion_summaries_type_0",
    "ScorecardGetResponseDriftSummaryType0": ".scorecard_get_response_drift_summary_type_0",
    "ScorecardMigrateLegacyRequest": ".scorecard_migrate_legacy_request",
    "ScorecardMigrateLegacyResponse": ".scorecard_migrate_legacy_response",
    "ScorecardMigrationSkip": ".scorecard_migration_skip",
    "ScorecardProgress": ".scorecard_progress",
    "ScorecardRecalculateResponse": ".scorecard_recalculate_response",
    "ScorecardReference": ".scorecard_reference",
    "ScorecardRowListResponse": ".scorecard_row_list_response",
    "ScorecardRowListResponseVerdictCounts": ".scorecard_row_list_response_verdict_counts",
    "ScorecardRowResponse": ".scorecard_row_response",
    "ScorecardRowResponseStepResults": ".scorecard_row_response_step_results",
    "ScorecardRowSummary": ".scorecard_row_summary",
    "ScorecardRowSummaryDriftSummaryType0": ".scorecard_row_summary_drift_summary_type_0",
    "ScorecardRowSummaryStaleStateType0": ".scorecard_row_summary_stale_state_type_0",
    "ScorecardStaleState": ".scorecard_stale_state",
    "ScorecardStatus": ".scorecard_status",
    "ScorecardStep": ".scorecard_step",
    "ScorecardStepConfig": ".scorecard_step_config",
    "ScorecardStepEvidenceMode": ".scorecard_step_evidence_mode",
    "ScorecardStepFailureBehavior": ".scorecard_step_failure_behavior",
    "ScorecardStepPrimitiveConfig": ".scorecard_step_primitive_config",
    "ScorecardStepPrimitiveType": ".scorecard_step_primitive_type",
    "ScorecardStepScoreAdapterType0": ".scorecard_step_score_adapter_type_0",
    "ScorecardStepThresholds": ".scorecard_step_thresholds",
    "ScorecardVerdict": ".scorecard_verdict",
    "ScorecardWorkSelection": ".scorecard_work_selection",
    "SearchRequestLogsRequest": ".search_request_logs_request",
    "SearchRequestLogsResponse": ".search_request_logs_response",
    "ServerToolUseContent": ".server_tool_use_content",
    "ServerToolUseContentInput": ".server_tool_use_content_input",
    "Sheet": ".sheet",
    "SheetCreateAcceptedResponse": ".sheet_create_accepted_response",
    "SheetCreateRequest": ".sheet_create_request",
    "SheetDeleteResponse": ".sheet_delete_response",
    "SheetDetailResponse": ".sheet_detail_response",
    "SheetExecutionAggregates": ".sheet_execution_aggregates",
    "SheetExecutionAggregatesByColumnId": ".sheet_execution_aggregates_by_column_id",
    "SheetExecutionMetricAggregate": ".sheet_execution_metric_aggregate",
    "SheetExecutionMetricKey": ".sheet_execution_metric_key",
    "SheetExecutionTotals": ".sheet_execution_totals",
    "SheetExecutionTotalsByMetric": ".sheet_execution_totals_by_metric",
    "SheetFileSource": ".sheet_file_source",
    "SheetImportFileRequest": ".sheet_import_file_request",
    "SheetImportOperation": ".sheet_import_operation",
    "SheetImportRequestLogsRequest": ".sheet_import_request_logs_request",
    "SheetImportSource": ".sheet_import_source",
    "SheetImportStartResponse": ".sheet_import_start_response",
    "SheetImportStatus": ".sheet_import_status",
    "SheetListResponse": ".sheet_list_response",
    "SheetOperation": ".sheet_operation",
    "SheetOperationCancelResponse": ".sheet_operation_cancel_response",
    "SheetOperationCell": ".sheet_operation_cell",
    "SheetOperationCellStatus": ".sheet_operation_cell_status",
    "SheetOperationConfirmationRequired": ".sheet_operation_confirmation_required",
    "SheetOperationCreateRequest": ".sheet_operation_create_request",
    "SheetOperationKind": ".sheet_operation_kind",
    "SheetOperationListResponse": ".sheet_operation_list_response",
    "SheetOperationListResponseStatusCounts": ".sheet_operation_list_response_status_counts",
    "SheetOperationNoop": ".sheet_operation_noop",
    "SheetOperationQueued": ".sheet_operation_queued",
    "SheetOperationResponse": ".sheet_operation_response",
    "SheetOperationStatusCounts": ".sheet_operation_status_counts",
    "SheetOperationUnknownResult": ".sheet_operation_unknown_result",
    "SheetRequestLogsSource": ".sheet_request_logs_source",
    "SheetRow": ".sheet_row",
    "SheetRowCells": ".sheet_row_cells",
    "SheetScoreAssertionAggregation": ".sheet_score_assertion_aggregation",
    "SheetScoreCell": ".sheet_score_cell",
    "SheetScoreCodeLanguage": ".sheet_score_code_language",
    "SheetScoreColumn": ".sheet_score_column",
    "SheetScoreConfiguration": ".sheet_score_configuration",
    "SheetScoreConfigurationScoreConfig": ".sheet_score_configuration_score_config",
    "SheetScoreConfigureRequest": ".sheet_score_configure_request",
    "SheetScoreConfigureRequestScoreConfigType0": ".sheet_score_configure_request_score_config_type_0",
    "SheetScoreConfigureResponse": ".sheet_score_configure_response",
    "SheetScoreKind": ".sheet_score_kind",
    "SheetScoreMetric": ".sheet_score_metric",
    "SheetScoreRecalculateResponse": ".sheet_score_recalculate_response",
    "SheetScoreResponse": ".sheet_score_response",
    "SheetScoreResponseAggregate": ".sheet_score_response_aggregate",
    "SheetScoreResponseDetails": ".sheet_score_response_details",
    "SheetScoreResponsePerColumn": ".sheet_score_response_per_column",
    "SheetScoreScoringType": ".sheet_score_scoring_type",
    "SheetScoreStatus": ".sheet_score_status",
    "SheetStatusCountsResponse": ".sheet_status_counts_response",
    "SheetStatusCountsResponseStatusCounts": ".sheet_status_counts_response_status_counts",
    "SheetUpdateRequest": ".sheet_update_request",
    "SheetUpdateResponse": ".sheet_update_response",
    "SheetVersion": ".sheet_version",
    "SheetVersionCreateRequest": ".sheet_version_create_request",
    "SheetVersionDeltasItem": ".sheet_version_deltas_item",
    "SheetVersionFilters": ".sheet_version_filters",
    "SheetVersionListResponse": ".sheet_version_list_response",
    "SheetVersionMetadata": ".sheet_version_metadata",
    "SheetVersionPagination": ".sheet_version_pagination",
    "SheetVersionResponse": ".sheet_version_response",
    "SheetVersionScore": ".sheet_version_score",
    "SheetVersionScoreConfigurationType0": ".sheet_version_score_configuration_type_0",
    "SheetVersionSnapshot": ".sheet_version_snapshot",
    "SheetVersionSortField": ".sheet_version_sort_field",
    "ShellCallContent": ".shell_call_content",
    "ShellCallContentAction": ".shell_call_content_action",
    "ShellCallOutputContent": ".shell_call_output_content",
    "ShellCallOutputContentOutputItem": ".shell_call_output_content_output_item",
    "SkillCollection": ".skill_collection",
    "SkillCollectionDownloadFormat": ".skill_collection_download_format",
    "SkillCollectionErrorResponse": ".skill_collection_error_response",
    "SkillCollectionSortBy": ".skill_collection_sort_by",
    "SkillCollectionSortOrder": ".skill_collection_sort_order",
    "SkillCollectionVersion": ".skill_collection_version",
    "SnippetReference": ".snippet_reference",
    "SnippetUsageLabel": ".snippet_usage_label",
    "SnippetUsagePrompt": ".snippet_usage_prompt",
    "SnippetUsageResponse": ".snippet_usage_response",
    "SortOrder": ".sort_order",
    "Span": ".span",
    "SpanAttributes": ".span_attributes",
    "SpanContext": ".span_context",
    "SpanEventsItem": ".span_events_item",
    "SpanKind": ".span_kind",
    "SpanLinksItem": ".span_links_item",
    "SpanRejectionReason": ".span_rejection_reason",
    "SpanResource": ".span_resource",
    "SpanResourceAttributes": ".span_resource_attributes",
    "SpanStatus": ".span_status",
    "SpanStatusCode": ".span_status_code",
    "StructuredFilter": ".structured_filter",
    "StructuredFilterGroup": ".structured_filter_group",
    "SystemMessage": ".system_message",
    "Table": ".table",
    "TableCreateRequest": ".table_create_request",
    "TableCreateResponse": ".table_create_response",
    "TableDeleteResponse": ".table_delete_response",
    "TableDetail": ".table_detail",
    "TableDetailResponse": ".table_detail_response",
    "TableDetailSheetRowCounts": ".table_detail_sheet_row_counts",
    "TableImportOperation": ".table_import_operation",
    "TableImportOperationResponse": ".table_import_operation_response",
    "TableImportSource": ".table_import_source",
    "TableImportStatus": ".table_import_status",
    "TableListResponse": ".table_list_response",
    "TableSortOrder": ".table_sort_order",
    "TableUpdateRequest": ".table_update_request",
    "TemplateFormat": ".template_format",
    "TextContent": ".text_content",
    "TextEditorCodeExecutionToolResultContent": ".text_editor_code_execution_tool_result_content",
    "TextEditorCodeExecutionToolResultContentContent": ".text_editor_code_execution_tool_result_content_content",
    "ThinkingContent": ".thinking_content",
    "ToolCall": ".tool_call",
    "ToolMessage": ".tool_message",
    "ToolRegistryCreateRequest": ".tool_registry_create_request",
    "ToolRegistryCreateResponse": ".tool_registry_create_response",
    "ToolRegistryDefinition": ".tool_registry_definition",
    "ToolRegistryDetail": ".tool_registry_detail",
    "ToolRegistryDetailResponse": ".tool_registry_detail_response",
    "ToolRegistryExecution": ".tool_registry_execution",
    "ToolRegistryExecutionLanguage": ".tool_registry_execution_language",
    "ToolRegistryExecutionType": ".tool_registry_execution_type",
    "ToolRegistryLabel": ".tool_registry_label",
    "ToolRegistryListItem": ".tool_registry_list_item",
    "ToolRegistryListResponse": ".tool_registry_list_response",
    "ToolRegistryRecord": ".tool_registry_record",
    "ToolRegistrySortBy": ".tool_registry_sort_by",
    "ToolRegistrySortOrder": ".tool_registry_sort_order",
    "ToolRegistryTestError": ".tool_registry_test_error",
    "ToolRegistryTestExecuteRequest": ".tool_registry_test_execute_request",
    "ToolRegistryTestExecuteResponse": ".tool_registry_test_execute_response",
    "ToolRegistryTestInputs": ".tool_registry_test_inputs",
    "ToolRegistryTestResult": ".tool_registry_test_result",
    "ToolRegistryTestStatus": ".tool_registry_test_status",
    "ToolRegistryVersion": ".tool_registry_version",
    "ToolRegistryVersionCreateRequest": ".tool_registry_version_create_request",
    "ToolRegistryVersionCreateResponse": ".tool_registry_version_create_response",
    "TraceAlreadyClosedResponse": ".trace_already_closed_response",
    "TraceClosedError": ".trace_closed_error",
    "TraceClosure": ".trace_closure",
    "TraceClosureStatus": ".trace_closure_status",
    "TraceDetailResponse": ".trace_detail_response",
    "TraceDetailResponseSpansItem": ".trace_detail_response_spans_item",
    "TrackGroupRequest": ".track_group_request",
    "TrackMetadataRequest": ".track_metadata_request",
    "TrackMetadataRequestMetadata": ".track_metadata_request_metadata",
    "TrackPromptRequest": ".track_prompt_request",
    "TrackPromptRequestPromptInputVariables": ".track_prompt_request_prompt_input_variables",
    "TrackRequest": ".track_request",
    "TrackRequestKwargs": ".track_request_kwargs",
    "TrackRequestMetadata": ".track_request_metadata",
    "TrackRequestPromptInputVariables": ".track_request_prompt_input_variables",
    "TrackRequestRequestResponse": ".track_request_request_response",
    "TrackRequestResponse": ".track_request_response",
    "TrackRequestResponsePromptBlueprintType0": ".track_request_response_prompt_blueprint_type_0",
    "TrackResponse": ".track_response",
    "TrackScoreRequest": ".track_score_request",
    "UnknownAnnotation": ".unknown_annotation",
    "UnknownContent": ".unknown_content",
    "UnknownMessage": ".unknown_message",
    "UnknownTool": ".unknown_tool",
    "UpdateSkillCollectionRequest": ".update_skill_collection_request",
    "UpdateSkillCollectionResponse": ".update_skill_collection_response",
    "UpdateWorkflowNode": ".update_workflow_node",
    "UpdateWorkflowNodeConfigurationType0": ".update_workflow_node_configuration_type_0",
    "UpdateWorkflowNodes": ".update_workflow_nodes",
    "UpdateWorkflowRequest": ".update_workflow_request",
    "UserMessage": ".user_message",
    "ValidationErrorDetail": ".validation_error_detail",
    "WebAnnotation": ".web_annotation",
    "WebSearchResult": ".web_search_result",
    "WebSearchToolResultContent": ".web_search_tool_result_content",
    "WorkflowEdge": ".workflow_edge",
    "WorkflowEdgeConditionalsItem": ".workflow_edge_conditionals_item",
    "WorkflowInputVariableTypes": ".workflow_input_variable_types",
    "WorkflowListError": ".workflow_list_error",
    "WorkflowListItem": ".workflow_list_item",
    "WorkflowNode": ".workflow_node",
    "WorkflowNodeConfiguration": ".workflow_node_configuration",
    "WorkflowNodeResult": ".workflow_node_result",
    "WorkflowNodeResults": ".workflow_node_results",
    "WorkflowReleaseLabel": ".workflow_release_label",
    "WorkflowRunMetadata": ".workflow_run_metadata",
    "WorkflowSortField": ".workflow_sort_field",
    "WorkflowSortOrder": ".workflow_sort_order",
    "WorkflowVersionConditionOperator": ".workflow_version_condition_operator",
    "WorkflowVersionCreatedResponse": ".workflow_version_created_response",
    "WorkflowVersionEdge": ".workflow_version_edge",
    "WorkflowVersionEdgeCondition": ".workflow_version_edge_condition",
    "WorkflowVersionEdgeConditionLeftConfig": ".workflow_version_edge_condition_left_config",
    "WorkflowVersionEdgeConditionRightConfig": ".workflow_version_edge_condition_right_config",
    "WorkflowVersionNode": ".workflow_version_node",
    "WorkflowVersionNodeConfiguration": ".workflow_version_node_configuration",
    "WorkflowVersionNodeSummary": ".workflow_version_node_summary",
}

__all__ = (
    "AnalyticsBreakdownEntry",
    "AnalyticsChartInterval",
    "AnalyticsDimensionLatency",
    "AnalyticsErrorTypeCount",
    "AnalyticsKeyCount",
    "AnalyticsLatencyByDay",
    "AnalyticsLatencyByDayAverageLatency",
    "AnalyticsLatencyByDayP50Latency",
    "AnalyticsLatencyByDayP90Latency",
    "AnalyticsLatencyByDayP95Latency",
    "AnalyticsMetadataValueCost",
    "AnalyticsOutputShapeCounts",
    "AnalyticsPromptTemplateUsage",
    "AnalyticsResponse",
    "AnalyticsResponseLatencyByModelByDay",
    "AnalyticsResponseLatencyByPromptTemplateByDay",
    "AnalyticsResponseLatencyByProviderByDay",
    "AnalyticsResponseModelRequestsByDay",
    "AnalyticsResponsePromptTemplateRequestsByDay",
    "AnalyticsResponseProviderRequestsByDay",
    "AnalyticsStat",
    "AnalyticsStatStatusCounts",
    "AnalyticsToolLatency",
    "AnalyticsToolUsage",
    "ApplyPatchCallContent",
    "ApplyPatchCallContentOperation",
    "ApplyPatchCallOutputContent",
    "AssistantMessage",
    "BadRequestError",
    "BasePromptTemplate",
    "BashCodeExecutionToolResultContent",
    "BashCodeExecutionToolResultContentContent",
    "BuiltInTool",
    "BuiltInToolConfig",
    "BuiltInToolType",
    "Cell",
    "CellDetailResponse",
    "CellRecalculateBatchRequest",
    "CellRecalculateBatchResponse",
    "CellRecalculateResponse",
    "CellRequestMetrics",
    "CellStatus",
    "CellUpdateRequest",
    "CellUpdateResponse",
    "ChatPrompt",
    "ChatToolChoice",
    "CloseTraceResponse",
    "CodeContent",
    "CodeExecutionResultContent",
    "Column",
    "ColumnConfig",
    "ColumnCreateRequest",
    "ColumnCreateRequestConfigType0",
    "ColumnCreateResponse",
    "ColumnDeleteResponse",
    "ColumnDependency",
    "ColumnDependencyConfigMetaType0",
    "ColumnListResponse",
    "ColumnType",
    "ColumnUpdateRequest",
    "ColumnUpdateRequestConfigType0",
    "ColumnUpdateResponse",
    "CompletionPrompt",
    "ContainerFileAnnotation",
    "CreateGroupResponse",
    "CreatePromptLabel",
    "CreatePromptTemplate",
    "CreatePromptTemplateResponse",
    "CreateSkillCollectionMultipartRequest",
    "CreateSkillCollectionRequest",
    "CreateSkillCollectionResponse",
    "CreateSpansBulk",
    "CreateSpansBulkResponse",
    "CreateSpansBulkResponseRequestLogsType0Item",
    "CreateSpansBulkResponseSpansItem",
    "CreateWorkflowRequest",
    "CustomAnalyticsChartSpec",
    "CustomAnalyticsChartType",
    "CustomAnalyticsDerivedRatioResult",
    "CustomAnalyticsDerivedRatioSpec",
    "CustomAnalyticsGroupByField",
    "CustomAnalyticsInsightType",
    "CustomAnalyticsMetric",
    "CustomAnalyticsMetricField",
    "CustomAnalyticsRequestQuery",
    "CustomAnalyticsResponse",
    "CustomAnalyticsResult",
    "CustomAnalyticsResultDataItem",
    "CustomAnalyticsSeriesMeta",
    "CustomAnalyticsSeriesMetric",
    "CustomAnalyticsSeriesSpec",
    "CustomAnalyticsTimeBucket",
    "CustomAnalyticsTraceChartSpec",
    "CustomAnalyticsTraceChartType",
    "CustomAnalyticsTraceFilter",
    "CustomAnalyticsTraceFilterGroup",
    "CustomAnalyticsTraceFilterLogic",
    "CustomAnalyticsTraceGroupField",
    "CustomAnalyticsTraceMetricField",
    "CustomAnalyticsTraceQuery",
    "CustomAnalyticsTraceSeriesSpec",
    "CustomAnalyticsUnit",
    "Dataset",
    "DatasetAddRequestLogRequest",
    "DatasetAddTraceRequest",
    "DatasetAddTraceResponse",
    "DatasetAddTraceResponseRowType0",
    "DatasetAddTraceToSheetRequest",
    "DatasetAddTraceToSheetRequestMetadata",
    "DatasetDraftCreateRequest",
    "DatasetDraftResponse",
    "DatasetDraftSaveRequest",
    "DatasetFilterParamsType0",
    "DatasetGroup",
    "DatasetGroupCreateRequest",
    "DatasetGroupCreateResponse",
    "DatasetGroupCreateResponseDatasetGroupType1",
    "DatasetGroupCreateResponseDatasetType1",
    "DatasetListResponse",
    "DatasetRowCell",
    "DatasetRowsResponse",
    "DatasetSortField",
    "DatasetStatusFilter",
    "DatasetTraceImportMode",
    "DatasetVersionFromFileRequest",
    "DatasetVersionFromFileResponse",
    "DatasetVersionFromFilterParamsRequest",
    "DatasetVersionFromFilterParamsResponse",
    "DeveloperMessage",
    "EnvVar",
    "EnvVarCreateRequest",
    "EnvVarDeleteResponse",
    "EnvVarErrorResponse",
    "EnvVarToolListResponse",
    "EnvVarToolResponse",
    "EnvVarUpdateRequest",
    "EnvVarWorkspaceListResponse",
    "EnvVarWorkspaceResponse",
    "ErrorResponse",
    "Evaluation",
    "EvaluationColumnDefinition",
    "EvaluationColumnDefinitionConfiguration",
    "EvaluationColumnType",
    "EvaluationListResponse",
    "EvaluationPipelineCreateRequest",
    "EvaluationPipelineCreateResponse",
    "EvaluationPipelineSummary",
    "EvaluationRowCell",
    "EvaluationRowsResponse",
    "EvaluationRun",
    "EvaluationRunScoreConfigurationType0",
    "EvaluationRunScoreType0",
    "EvaluationRunStats",
    "EvaluationRunStatsStatusCounts",
    "EvaluationRunTagsType0",
    "EvaluationScoreConfigurationType0",
    "EvaluationSortField",
    "EvaluationStatusFilter",
    "EvaluationTagsType0",
    "EvaluationUnknownCell",
    "ExternalId",
    "ExternalIdAttachResponse",
    "ExternalIdDeleteResponse",
    "ExternalIdErrorResponse",
    "ExternalIdListResponse",
    "FileAnnotation",
    "FileMove",
    "FileUpdate",
    "FilterGroupLogic",
    "Folder",
    "FolderAuthErrorResponse",
    "FolderCreateRequest",
    "FolderDatasetEntityMetadata",
    "FolderEntitiesCountResponse",
    "FolderEntitiesDeleteRequest",
    "FolderEntitiesMoveRequest",
    "FolderEntity",
    "FolderEntityListResponse",
    "FolderEntityReference",
    "FolderEntitySortField",
    "FolderEntityType",
    "FolderErrorResponse",
    "FolderOtherEntityMetadata",
    "FolderPathEntry",
    "FolderPromptEntityMetadata",
    "FolderPromptKind",
    "FolderRenameRequest",
    "FolderResolveIdResponse",
    "FolderResponse",
    "FolderWorkflowEntityMetadata",
    "Function",
    "FunctionCall",
    "FunctionMessage",
    "FunctionParameters",
    "FunctionTool",
    "GetPromptTemplate",
    "GetPromptTemplateInputVariablesType0",
    "GetPromptTemplateLabelResponse",
    "GetPromptTemplateMetadataFiltersType0",
    "GetPromptTemplateModelParameterOverridesType0",
    "GetPromptTemplateRawResponse",
    "GetPromptTemplateRawResponseLlmKwargsType0",
    "GetPromptTemplateResponse",
    "GetPromptTemplateResponseLlmKwargsType0",
    "GetSkillCollectionResponse",
    "GetSkillCollectionResponseFiles",
    "GetWorkflowResponse",
    "HTTPValidationError",
    "ImageContent",
    "ImageURL",
    "InitialFileUpdate",
    "ListPromptTemplateItem",
    "ListPromptTemplateItemLlmKwargsType0",
    "ListPromptTemplates",
    "ListSkillCollectionsResponse",
    "ListWorkflowLabelsResponse",
    "ListWorkflowsResponse",
    "LlmKwargsProvider",
    "LogRequest",
    "LogRequestErrorType",
    "LogRequestMetadata",
    "LogRequestParameters",
    "LogRequestPromptInputVariables",
    "LogRequestResponse",
    "MapAnnotation",
    "McpApprovalRequestContent",
    "McpApprovalResponseContent",
    "McpCallContent",
    "McpCallContentErrorType1",
    "McpListToolsContent",
    "McpListToolsContentErrorType1",
    "McpListToolsContentToolsItem",
    "Media",
    "MediaContent",
    "MediaFormat",
    "MediaVariable",
    "MessageFunctionCall",
    "Metadata",
    "Model",
    "ModelDisplayParams",
    "ModelParameters",
    "MovePromptLabel",
    "OtlpAnyValue",
    "OtlpArrayValue",
    "OtlpArrayValueValuesItem",
    "OtlpContentEncoding",
    "OtlpExportTracePartialSuccess",
    "OtlpExportTraceServiceRequest",
    "OtlpExportTraceServiceResponse",
    "OtlpInstrumentationScope",
    "OtlpKeyValue",
    "OtlpResource",
    "OtlpResourceSpans",
    "OtlpScopeSpans",
    "OtlpSpan",
    "OtlpSpanEvent",
    "OtlpSpanKind",
    "OtlpSpanLink",
    "OtlpSpanStatus",
    "OtlpStatusCode",
    "OutputMediaContent",
    "OutputMediaContentProviderMetadataType0",
    "OutputMediaType",
    "PatchPromptTemplateVersion",
    "PatchPromptTemplateVersionContentType0",
    "PatchPromptTemplateVersionFunctionCallType1",
    "PatchPromptTemplateVersionFunctionsType0",
    "PatchPromptTemplateVersionMessagesType0",
    "PatchPromptTemplateVersionModelParametersType0",
    "PatchPromptTemplateVersionResponseFormatType0",
    "PatchPromptTemplateVersionToolChoiceType1",
    "PatchPromptTemplateVersionToolsType0",
    "PlaceholderMessage",
    "PromptLabel",
    "PromptTemplateReleaseLabel",
    "PromptTemplateSortField",
    "PromptTemplateStatusFilter",
    "PromptVersion",
    "ReportCodeLanguage",
    "ReportColumn",
    "ReportColumnAddType",
    "ReportColumnConfiguration",
    "ReportColumnCreateRequest",
    "ReportColumnCreateRequestConfiguration",
    "ReportColumnCreateResponse",
    "ReportColumnCreateResponseReportColumn",
    "ReportColumnEditRequest",
    "ReportColumnEditRequestConfigurationType0",
    "ReportColumnEditResponse",
    "ReportColumnSummary",
    "ReportColumnSummaryConfiguration",
    "ReportColumnSummaryType",
    "ReportDeleteResponse",
    "ReportDetail",
    "ReportDetailScoreConfigurationType0",
    "ReportDetailScoreType0",
    "ReportErrorResponse",
    "ReportGetResponse",
    "ReportMessageResponse",
    "ReportOutcome",
    "ReportRenameRequest",
    "ReportRenameResponse",
    "ReportRunRequest",
    "ReportRunResponse",
    "ReportScore",
    "ReportScoreCardUpdateRequest",
    "ReportScoreCardUpdateResponse",
    "ReportScoreConfiguration",
    "ReportScoreResponse",
    "ReportScoreType",
    "ReportStats",
    "ReportStatus",
    "ReportStatusCounts",
    "RequestLogDetailResponse",
    "RequestLogDetailResponsePromptBlueprint",
    "RequestLogFilterField",
    "RequestLogFilterOperator",
    "RequestLogQuery",
    "RequestLogSearchResult",
    "RequestLogSearchResultMetadataItem",
    "RequestLogSearchResultScoresItem",
    "RequestLogSortBy",
    "RequestLogSortOrder",
    "RequestStatus",
    "RequestSuggestionField",
    "RequestSuggestionsResponse",
    "RowAddRequest",
    "RowAddRequestValuesType0Item",
    "RowAddResponse",
    "RowDeleteRequest",
    "RowDeleteResponse",
    "RowListResponse",
    "RowPagination",
    "RunWorkflowRequest",
    "RunWorkflowRequestInputVariables",
    "RunWorkflowResponse",
    "SaveSkillCollectionVersionMultipartRequest",
    "SaveSkillCollectionVersionRequest",
    "SaveSkillCollectionVersionResponse",
    "Scorecard",
    "ScorecardAggregation",
    "ScorecardBaselineConfigType0",
    "ScorecardCalculation",
    "ScorecardCalculationCriterionSummaries",
    "ScorecardCalculationDriftSummaryType0",
    "ScorecardCalculationResponse",
    "ScorecardCalculationResponseCriterionSummariesType0",
    "ScorecardCalculationResponseDriftSummaryType0",
    "ScorecardCalculationStatus",
    "ScorecardCancelResponse",
    "ScorecardConfigureRequest",
    "ScorecardConfigureRequestAggregation",
    "ScorecardConfigureRequestBaselineConfigType0",
    "ScorecardConfigureRequestDisplayConfigType0",
    "ScorecardConfigureResponse",
    "ScorecardDeleteResponse",
    "ScorecardDisplayConfigType0",
    "ScorecardGetResponse",
    "ScorecardGetResponseCriterionSummariesType0",
    "ScorecardGetResponseDriftSummaryType0",
    "ScorecardMigrateLegacyRequest",
    "ScorecardMigrateLegacyResponse",
    "ScorecardMigrationSkip",
    "ScorecardProgress",
    "ScorecardRecalculateResponse",
    "ScorecardReference",
    "ScorecardRowListResponse",
    "ScorecardRowListResponseVerdictCounts",
    "ScorecardRowResponse",
    "ScorecardRowResponseStepResults",
    "ScorecardRowSummary",
    "ScorecardRowSummaryDriftSummaryType0",
    "ScorecardRowSummaryStaleStateType0",
    "ScorecardStaleState",
    "ScorecardStatus",
    "ScorecardStep",
    "ScorecardStepConfig",
    "ScorecardStepEvidenceMode",
    "ScorecardStepFailureBehavior",
    "ScorecardStepPrimitiveConfig",
    "ScorecardStepPrimitiveType",
    "ScorecardStepScoreAdapterType0",
    "ScorecardStepThresholds",
    "ScorecardVerdict",
    "ScorecardWorkSelection",
    "ScoreHistory",
    "ScoreHistoryPointsItem",
    "ScoreHistoryRange",
    "ScoreHistoryResolution",
    "ScoreHistoryResponse",
    "SearchRequestLogsRequest",
    "SearchRequestLogsResponse",
    "ServerToolUseContent",
    "ServerToolUseContentInput",
    "Sheet",
    "SheetCreateAcceptedResponse",
    "SheetCreateRequest",
    "SheetDeleteResponse",
    "SheetDetailResponse",
    "SheetExecutionAggregates",
    "SheetExecutionAggregatesByColumnId",
    "SheetExecutionMetricAggregate",
    "SheetExecutionMetricKey",
    "SheetExecutionTotals",
    "SheetExecutionTotalsByMetric",
    "SheetFileSource",
    "SheetImportFileRequest",
    "SheetImportOperation",
    "SheetImportRequestLogsRequest",
    "SheetImportSource",
    "SheetImportStartResponse",
    "SheetImportStatus",
    "SheetListResponse",
    "SheetOperation",
    "SheetOperationCancelResponse",
    "SheetOperationCell",
    "SheetOperationCellStatus",
    "SheetOperationConfirmationRequired",
    "SheetOperationCreateRequest",
    "SheetOperationKind",
    "SheetOperationListResponse",
    "SheetOperationListResponseStatusCounts",
    "SheetOperationNoop",
    "SheetOperationQueued",
    "SheetOperationResponse",
    "SheetOperationStatusCounts",
    "SheetOperationUnknownResult",
    "SheetRequestLogsSource",
    "SheetRow",
    "SheetRowCells",
    "SheetScoreAssertionAggregation",
    "SheetScoreCell",
    "SheetScoreCodeLanguage",
    "SheetScoreColumn",
    "SheetScoreConfiguration",
    "SheetScoreConfigurationScoreConfig",
    "SheetScoreConfigureRequest",
    "SheetScoreConfigureRequestScoreConfigType0",
    "SheetScoreConfigureResponse",
    "SheetScoreKind",
    "SheetScoreMetric",
    "SheetScoreRecalculateResponse",
    "SheetScoreResponse",
    "SheetScoreResponseAggregate",
    "SheetScoreResponseDetails",
    "SheetScoreResponsePerColumn",
    "SheetScoreScoringType",
    "SheetScoreStatus",
    "SheetStatusCountsResponse",
    "SheetStatusCountsResponseStatusCounts",
    "SheetUpdateRequest",
    "SheetUpdateResponse",
    "SheetVersion",
    "SheetVersionCreateRequest",
    "SheetVersionDeltasItem",
    "SheetVersionFilters",
    "SheetVersionListResponse",
    "SheetVersionMetadata",
    "SheetVersionPagination",
    "SheetVersionResponse",
    "SheetVersionScore",
    "SheetVersionScoreConfigurationType0",
    "SheetVersionSnapshot",
    "SheetVersionSortField",
    "ShellCallContent",
    "ShellCallContentAction",
    "ShellCallOutputContent",
    "ShellCallOutputContentOutputItem",
    "SkillCollection",
    "SkillCollectionDownloadFormat",
    "SkillCollectionErrorResponse",
    "SkillCollectionSortBy",
    "SkillCollectionSortOrder",
    "SkillCollectionVersion",
    "SnippetReference",
    "SnippetUsageLabel",
    "SnippetUsagePrompt",
    "SnippetUsageResponse",
    "SortOrder",
    "Span",
    "SpanAttributes",
    "SpanContext",
    "SpanEventsItem",
    "SpanKind",
    "SpanLinksItem",
    "SpanRejectionReason",
    "SpanResource",
    "SpanResourceAttributes",
    "SpanStatus",
    "SpanStatusCode",
    "StructuredFilter",
    "StructuredFilterGroup",
    "SystemMessage",
    "Table",
    "TableCreateRequest",
    "TableCreateResponse",
    "TableDeleteResponse",
    "TableDetail",
    "TableDetailResponse",
    "TableDetailSheetRowCounts",
    "TableImportOperation",
    "TableImportOperationResponse",
    "TableImportSource",
    "TableImportStatus",
    "TableListResponse",
    "TableSortOrder",
    "TableUpdateRequest",
    "TemplateFormat",
    "TextContent",
    "TextEditorCodeExecutionToolResultContent",
    "TextEditorCodeExecutionToolResultContentContent",
    "ThinkingContent",
    "ToolCall",
    "ToolMessage",
    "ToolRegistryCreateRequest",
    "ToolRegistryCreateResponse",
    "ToolRegistryDefinition",
    "ToolRegistryDetail",
    "ToolRegistryDetailResponse",
    "ToolRegistryExecution",
    "ToolRegistryExecutionLanguage",
    "ToolRegistryExecutionType",
    "ToolRegistryLabel",
    "ToolRegistryListItem",
    "ToolRegistryListResponse",
    "ToolRegistryRecord",
    "ToolRegistrySortBy",
    "ToolRegistrySortOrder",
    "ToolRegistryTestError",
    "ToolRegistryTestExecuteRequest",
    "ToolRegistryTestExecuteResponse",
    "ToolRegistryTestInputs",
    "ToolRegistryTestResult",
    "ToolRegistryTestStatus",
    "ToolRegistryVersion",
    "ToolRegistryVersionCreateRequest",
    "ToolRegistryVersionCreateResponse",
    "TraceAlreadyClosedResponse",
    "TraceClosedError",
    "TraceClosure",
    "TraceClosureStatus",
    "TraceDetailResponse",
    "TraceDetailResponseSpansItem",
    "TrackGroupRequest",
    "TrackMetadataRequest",
    "TrackMetadataRequestMetadata",
    "TrackPromptRequest",
    "TrackPromptRequestPromptInputVariables",
    "TrackRequest",
    "TrackRequestKwargs",
    "TrackRequestMetadata",
    "TrackRequestPromptInputVariables",
    "TrackRequestRequestResponse",
    "TrackRequestResponse",
    "TrackRequestResponsePromptBlueprintType0",
    "TrackResponse",
    "TrackScoreRequest",
    "UnknownAnnotation",
    "UnknownContent",
    "UnknownMessage",
    "UnknownTool",
    "UpdateSkillCollectionRequest",
    "UpdateSkillCollectionResponse",
    "UpdateWorkflowNode",
    "UpdateWorkflowNodeConfigurationType0",
    "UpdateWorkflowNodes",
    "UpdateWorkflowRequest",
    "UserMessage",
    "ValidationErrorDetail",
    "WebAnnotation",
    "WebSearchResult",
    "WebSearchToolResultContent",
    "WorkflowEdge",
    "WorkflowEdgeConditionalsItem",
    "WorkflowInputVariableTypes",
    "WorkflowListError",
    "WorkflowListItem",
    "WorkflowNode",
    "WorkflowNodeConfiguration",
    "WorkflowNodeResult",
    "WorkflowNodeResults",
    "WorkflowReleaseLabel",
    "WorkflowRunMetadata",
    "WorkflowSortField",
    "WorkflowSortOrder",
    "WorkflowVersionConditionOperator",
    "WorkflowVersionCreatedResponse",
    "WorkflowVersionEdge",
    "WorkflowVersionEdgeCondition",
    "WorkflowVersionEdgeConditionLeftConfig",
    "WorkflowVersionEdgeConditionRightConfig",
    "WorkflowVersionNode",
    "WorkflowVersionNodeConfiguration",
    "WorkflowVersionNodeSummary",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
