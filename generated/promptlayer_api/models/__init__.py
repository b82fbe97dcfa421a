"""Typed models for request and response bodies.

Models load on first attribute access (PEP 562), so importing one endpoint module
does not pay for the whole model set.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .chat_prompt import ChatPrompt
    from .chat_tool_choice import ChatToolChoice
    from .close_trace_response import CloseTraceResponse
    from .code_content import CodeContent
    from .code_execution_result_content import CodeExecutionResultContent
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
    from .developer_message import DeveloperMessage
    from .error_response import ErrorResponse
    from .external_id import ExternalId
    from .external_id_error_response import ExternalIdErrorResponse
    from .file_annotation import FileAnnotation
    from .file_move import FileMove
    from .file_update import FileUpdate
    from .filter_group_logic import FilterGroupLogic
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
    from .run_workflow_request import RunWorkflowRequest
    from .run_workflow_request_input_variables import RunWorkflowRequestInputVariables
    from .run_workflow_response import RunWorkflowResponse
    from .save_skill_collection_version_multipart_request import SaveSkillCollectionVersionMultipartRequest
    from .save_skill_collection_version_request import SaveSkillCollectionVersionRequest
    from .save_skill_collection_version_response import SaveSkillCollectionVersionResponse
    from .search_request_logs_request import SearchRequestLogsRequest
    from .search_request_logs_response import SearchRequestLogsResponse
    from .server_tool_use_content import ServerToolUseContent
    from .server_tool_use_content_input import ServerToolUseContentInput
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
    from .template_format import TemplateFormat
    from .text_content import TextContent
    from .text_editor_code_execution_tool_result_content import TextEditorCodeExecutionToolResultContent
    from .text_editor_code_execution_tool_result_content_content import (
        TextEditorCodeExecutionToolResultContentContent,
    )
    from .thinking_content import ThinkingContent
    from .tool_call import ToolCall
    from .tool_message import ToolMessage
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

_MODULE_OF: dict[str, str] = {
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
    "ChatPrompt": ".chat_prompt",
    "ChatToolChoice": ".chat_tool_choice",
    "CloseTraceResponse": ".close_trace_response",
    "CodeContent": ".code_content",
    "CodeExecutionResultContent": ".code_execution_result_content",
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
    "DeveloperMessage": ".developer_message",
    "ErrorResponse": ".error_response",
    "ExternalId": ".external_id",
    "ExternalIdErrorResponse": ".external_id_error_response",
    "FileAnnotation": ".file_annotation",
    "FileMove": ".file_move",
    "FileUpdate": ".file_update",
    "FilterGroupLogic": ".filter_group_logic",
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
    "RunWorkflowRequest": ".run_workflow_request",
    "RunWorkflowRequestInputVariables": ".run_workflow_request_input_variables",
    "RunWorkflowResponse": ".run_workflow_response",
    "SaveSkillCollectionVersionMultipartRequest": ".save_skill_collection_version_multipart_request",
    "SaveSkillCollectionVersionRequest": ".save_skill_collection_version_request",
    "SaveSkillCollectionVersionResponse": ".save_skill_collection_version_response",
    "SearchRequestLogsRequest": ".search_request_logs_request",
    "SearchRequestLogsResponse": ".search_request_logs_response",
    "ServerToolUseContent": ".server_tool_use_content",
    "ServerToolUseContentInput": ".server_tool_use_content_input",
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
    "TemplateFormat": ".template_format",
    "TextContent": ".text_content",
    "TextEditorCodeExecutionToolResultContent": ".text_editor_code_execution_tool_result_content",
    "TextEditorCodeExecutionToolResultContentContent": ".text_editor_code_execution_tool_result_content_content",
    "ThinkingContent": ".thinking_content",
    "ToolCall": ".tool_call",
    "ToolMessage": ".tool_message",
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
}

__all__ = (
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
    "ChatPrompt",
    "ChatToolChoice",
    "CloseTraceResponse",
    "CodeContent",
    "CodeExecutionResultContent",
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
    "DeveloperMessage",
    "ErrorResponse",
    "ExternalId",
    "ExternalIdErrorResponse",
    "FileAnnotation",
    "FileMove",
    "FileUpdate",
    "FilterGroupLogic",
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
    "RunWorkflowRequest",
    "RunWorkflowRequestInputVariables",
    "RunWorkflowResponse",
    "SaveSkillCollectionVersionMultipartRequest",
    "SaveSkillCollectionVersionRequest",
    "SaveSkillCollectionVersionResponse",
    "SearchRequestLogsRequest",
    "SearchRequestLogsResponse",
    "ServerToolUseContent",
    "ServerToolUseContentInput",
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
    "TemplateFormat",
    "TextContent",
    "TextEditorCodeExecutionToolResultContent",
    "TextEditorCodeExecutionToolResultContentContent",
    "ThinkingContent",
    "ToolCall",
    "ToolMessage",
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
