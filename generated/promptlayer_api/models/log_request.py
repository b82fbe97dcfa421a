from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_prompt import ChatPrompt
    from ..models.completion_prompt import CompletionPrompt
    from ..models.log_request_error_type import LogRequestErrorType
    from ..models.log_request_metadata import LogRequestMetadata
    from ..models.log_request_parameters import LogRequestParameters
    from ..models.log_request_prompt_input_variables import LogRequestPromptInputVariables
    from ..models.request_status import RequestStatus


T = TypeVar("T", bound="LogRequest")


@_attrs_define
class LogRequest:
    """An LLM call to record, with input and output as prompt blueprints."""

    provider: str
    """ Provider key. """
    model: str
    """ Model name. """
    input_: ChatPrompt | CompletionPrompt
    """ Template content: a chat or a completion template, told apart by `type`. """
    output: ChatPrompt | CompletionPrompt
    """ Template content: a chat or a completion template, told apart by `type`. """
    request_start_time: datetime.datetime
    """ Call start. """
    request_end_time: datetime.datetime
    """ Call end. """
    parameters: LogRequestParameters | Unset = UNSET
    """ Request parameters (temperature, response_format, ...). """
    tags: list[str] | Unset = UNSET
    """ Tags for the log. """
    metadata: LogRequestMetadata | Unset = UNSET
    """ String key/value pairs for filtering. """
    prompt_name: None | str | Unset = UNSET
    """ Registry template used. """
    prompt_id: int | None | Unset = UNSET
    """ Registry template id used. """
    prompt_version_number: int | None | Unset = UNSET
    """ Template version used. """
    prompt_input_variables: LogRequestPromptInputVariables | Unset = UNSET
    """ Variables used to render the template. """
    input_tokens: int | Unset = 0
    """ Prompt tokens. """
    output_tokens: int | Unset = 0
    """ Completion tokens. """
    price: float | Unset = 0.0
    """ Cost in USD. """
    function_name: str | Unset = ""
    """ SDK function that made the call. """
    score: int | Unset = 0
    """ Score from 0 to 100. """
    api_type: None | str | Unset = UNSET
    """ Provider API flavour. """
    status: RequestStatus | Unset = UNSET
    """ Outcome recorded for a logged request. """
    error_type: LogRequestErrorType | None | Unset = UNSET
    """ Failure category. """
    error_message: None | str | Unset = UNSET
    """ Failure details. """
    score_name: None | str | Unset = UNSET
    """ Name under which the optional score is stored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.log_request_error_type import LogRequestErrorType  # noqa: PLC0415

        provider = self.provider

        model = self.model

        input_: dict[str, Any]
        if isinstance(self.input_, CompletionPrompt):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_.to_dict()

        output: dict[str, Any]
        if isinstance(self.output, CompletionPrompt):
            output = self.output.to_dict()
        else:
            output = self.output.to_dict()

        request_start_time = self.request_start_time.isoformat()

        request_end_time = self.request_end_time.isoformat()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        prompt_name: None | str | Unset
        if isinstance(self.prompt_name, Unset):
            prompt_name = UNSET
        else:
            prompt_name = self.prompt_name

        prompt_id: int | None | Unset
        if isinstance(self.prompt_id, Unset):
            prompt_id = UNSET
        else:
            prompt_id = self.prompt_id

        prompt_version_number: int | None | Unset
        if isinstance(self.prompt_version_number, Unset):
            prompt_version_number = UNSET
        else:
            prompt_version_number = self.prompt_version_number

        prompt_input_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_input_variables, Unset):
            prompt_input_variables = self.prompt_input_variables.to_dict()

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        price = self.price

        function_name = self.function_name

        score = self.score

        api_type: None | str | Unset
        if isinstance(self.api_type, Unset):
            api_type = UNSET
        else:
            api_type = self.api_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        elif isinstance(self.error_type, LogRequestErrorType):
            error_type = self.error_type.value
        else:
            error_type = self.error_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        score_name: None | str | Unset
        if isinstance(self.score_name, Unset):
            score_name = UNSET
        else:
            score_name = self.score_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "model": model,
                "input": input_,
                "output": output,
                "request_start_time": request_start_time,
                "request_end_time": request_end_time,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt_name is not UNSET:
            field_dict["prompt_name"] = prompt_name
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if prompt_version_number is not UNSET:
            field_dict["prompt_version_number"] = prompt_version_number
        if prompt_input_variables is not UNSET:
            field_dict["prompt_input_variables"] = prompt_input_variables
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if price is not UNSET:
            field_dict["price"] = price
        if function_name is not UNSET:
            field_dict["function_name"] = function_name
        if score is not UNSET:
            field_dict["score"] = score
        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        if status is not UNSET:
            field_dict["status"] = status
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if score_name is not UNSET:
            field_dict["score_name"] = score_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_prompt import ChatPrompt  # noqa: PLC0415
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.log_request_error_type import LogRequestErrorType  # noqa: PLC0415
        from ..models.log_request_metadata import LogRequestMetadata  # noqa: PLC0415
        from ..models.log_request_parameters import LogRequestParameters  # noqa: PLC0415
        from ..models.log_request_prompt_input_variables import LogRequestPromptInputVariables  # noqa: PLC0415
        from ..models.request_status import RequestStatus  # noqa: PLC0415

        d = dict(src_dict)
        provider = d.pop("provider")

        model = d.pop("model")

        def _parse_input_(data: object) -> ChatPrompt | CompletionPrompt:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_template_content_type_0 = CompletionPrompt.from_dict(data)

                return componentsschemas_prompt_template_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_prompt_template_content_type_1 = ChatPrompt.from_dict(data)

            return componentsschemas_prompt_template_content_type_1

        input_ = _parse_input_(d.pop("input"))

        def _parse_output(data: object) -> ChatPrompt | CompletionPrompt:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_template_content_type_0 = CompletionPrompt.from_dict(data)

                return componentsschemas_prompt_template_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_prompt_template_content_type_1 = ChatPrompt.from_dict(data)

            return componentsschemas_prompt_template_content_type_1

        output = _parse_output(d.pop("output"))

        request_start_time = datetime.datetime.fromisoformat(d.pop("request_start_time"))

        request_end_time = datetime.datetime.fromisoformat(d.pop("request_end_time"))

        _parameters = d.pop("parameters", UNSET)
        parameters: LogRequestParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = LogRequestParameters.from_dict(_parameters)

        tags = cast(list[str], d.pop("tags", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: LogRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = LogRequestMetadata.from_dict(_metadata)

        def _parse_prompt_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_name = _parse_prompt_name(d.pop("prompt_name", UNSET))

        def _parse_prompt_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_id = _parse_prompt_id(d.pop("prompt_id", UNSET))

        def _parse_prompt_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_version_number = _parse_prompt_version_number(d.pop("prompt_version_number", UNSET))

        _prompt_input_variables = d.pop("prompt_input_variables", UNSET)
        prompt_input_variables: LogRequestPromptInputVariables | Unset
        if isinstance(_prompt_input_variables, Unset):
            prompt_input_variables = UNSET
        else:
            prompt_input_variables = LogRequestPromptInputVariables.from_dict(_prompt_input_variables)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        price = d.pop("price", UNSET)

        function_name = d.pop("function_name", UNSET)

        score = d.pop("score", UNSET)

        def _parse_api_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_type = _parse_api_type(d.pop("api_type", UNSET))

        _status = d.pop("status", UNSET)
        status: RequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RequestStatus(_status)

        def _parse_error_type(data: object) -> LogRequestErrorType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_type_type_0 = LogRequestErrorType(data)

                return error_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogRequestErrorType | None | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_score_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        score_name = _parse_score_name(d.pop("score_name", UNSET))

        log_request = cls(
            provider=provider,
            model=model,
            input_=input_,
            output=output,
            request_start_time=request_start_time,
            request_end_time=request_end_time,
            parameters=parameters,
            tags=tags,
            metadata=metadata,
            prompt_name=prompt_name,
            prompt_id=prompt_id,
            prompt_version_number=prompt_version_number,
            prompt_input_variables=prompt_input_variables,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            price=price,
            function_name=function_name,
            score=score,
            api_type=api_type,
            status=status,
            error_type=error_type,
            error_message=error_message,
            score_name=score_name,
        )

        log_request.additional_properties = d
        return log_request

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
