from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_status import RequestStatus
    from ..models.track_request_kwargs import TrackRequestKwargs
    from ..models.track_request_metadata import TrackRequestMetadata
    from ..models.track_request_prompt_input_variables import TrackRequestPromptInputVariables
    from ..models.track_request_request_response import TrackRequestRequestResponse


T = TypeVar("T", bound="TrackRequest")


@_attrs_define
class TrackRequest:
    """A provider call captured by the SDK, sent in the provider's own request/response shapes."""

    function_name: str
    """ Provider SDK function that was called, e.g. openai.chat.completions.create. """
    provider_type: str
    """ Provider key, e.g. openai. """
    kwargs: TrackRequestKwargs
    """ Keyword arguments of the provider call. """
    request_response: TrackRequestRequestResponse
    """ The provider's response body. """
    request_start_time: float
    """ Call start, seconds since the Unix epoch. """
    request_end_time: float
    """ Call end, seconds since the Unix epoch. """
    args: list[Any] | Unset = UNSET
    """ Positional arguments of the call. """
    tags: list[str] | Unset = UNSET
    """ Tags for the log. """
    metadata: TrackRequestMetadata | Unset = UNSET
    """ String key/value pairs for filtering. """
    prompt_id: int | None | str | Unset = UNSET
    """ Registry template (id or name) the call was rendered from. """
    prompt_version: int | None | Unset = UNSET
    """ Template version used. """
    prompt_input_variables: TrackRequestPromptInputVariables | Unset = UNSET
    """ Variables used to render the template. """
    group_id: int | None | Unset = UNSET
    """ Group to attach the log to. """
    span_id: None | str | Unset = UNSET
    """ Tracing span the call belongs to. """
    return_prompt_blueprint: bool | Unset = UNSET
    """ Ask for the logged request back as a prompt blueprint. """
    status: RequestStatus | Unset = UNSET
    """ Outcome recorded for a logged request. """
    error_type: None | str | Unset = UNSET
    """ Failure category. """
    error_message: None | str | Unset = UNSET
    """ Failure details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function_name = self.function_name

        provider_type = self.provider_type

        kwargs = self.kwargs.to_dict()

        request_response = self.request_response.to_dict()

        request_start_time = self.request_start_time

        request_end_time = self.request_end_time

        args: list[Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        prompt_id: int | None | str | Unset
        if isinstance(self.prompt_id, Unset):
            prompt_id = UNSET
        else:
            prompt_id = self.prompt_id

        prompt_version: int | None | Unset
        if isinstance(self.prompt_version, Unset):
            prompt_version = UNSET
        else:
            prompt_version = self.prompt_version

        prompt_input_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_input_variables, Unset):
            prompt_input_variables = self.prompt_input_variables.to_dict()

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        span_id: None | str | Unset
        if isinstance(self.span_id, Unset):
            span_id = UNSET
        else:
            span_id = self.span_id

        return_prompt_blueprint = self.return_prompt_blueprint

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function_name": function_name,
                "provider_type": provider_type,
                "kwargs": kwargs,
                "request_response": request_response,
                "request_start_time": request_start_time,
                "request_end_time": request_end_time,
            }
        )
        if args is not UNSET:
            field_dict["args"] = args
        if tags is not UNSET:
            field_dict["tags"] = tags
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if prompt_version is not UNSET:
            field_dict["prompt_version"] = prompt_version
        if prompt_input_variables is not UNSET:
            field_dict["prompt_input_variables"] = prompt_input_variables
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if span_id is not UNSET:
            field_dict["span_id"] = span_id
        if return_prompt_blueprint is not UNSET:
            field_dict["return_prompt_blueprint"] = return_prompt_blueprint
        if status is not UNSET:
            field_dict["status"] = status
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_status import RequestStatus  # noqa: PLC0415
        from ..models.track_request_kwargs import TrackRequestKwargs  # noqa: PLC0415
        from ..models.track_request_metadata import TrackRequestMetadata  # noqa: PLC0415
        from ..models.track_request_prompt_input_variables import TrackRequestPromptInputVariables  # noqa: PLC0415
        from ..models.track_request_request_response import TrackRequestRequestResponse  # noqa: PLC0415

        d = dict(src_dict)
        function_name = d.pop("function_name")

        provider_type = d.pop("provider_type")

        kwargs = TrackRequestKwargs.from_dict(d.pop("kwargs"))

        request_response = TrackRequestRequestResponse.from_dict(d.pop("request_response"))

        request_start_time = d.pop("request_start_time")

        request_end_time = d.pop("request_end_time")

        args = cast(list[Any], d.pop("args", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: TrackRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TrackRequestMetadata.from_dict(_metadata)

        def _parse_prompt_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        prompt_id = _parse_prompt_id(d.pop("prompt_id", UNSET))

        def _parse_prompt_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_version = _parse_prompt_version(d.pop("prompt_version", UNSET))

        _prompt_input_variables = d.pop("prompt_input_variables", UNSET)
        prompt_input_variables: TrackRequestPromptInputVariables | Unset
        if isinstance(_prompt_input_variables, Unset):
            prompt_input_variables = UNSET
        else:
            prompt_input_variables = TrackRequestPromptInputVariables.from_dict(_prompt_input_variables)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        span_id = _parse_span_id(d.pop("span_id", UNSET))

        return_prompt_blueprint = d.pop("return_prompt_blueprint", UNSET)

        _status = d.pop("status", UNSET)
        status: RequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RequestStatus(_status)

        def _parse_error_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_type = _parse_error_type(d.pop("error_type", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        track_request = cls(
            function_name=function_name,
            provider_type=provider_type,
            kwargs=kwargs,
            request_response=request_response,
            request_start_time=request_start_time,
            request_end_time=request_end_time,
            args=args,
            tags=tags,
            metadata=metadata,
            prompt_id=prompt_id,
            prompt_version=prompt_version,
            prompt_input_variables=prompt_input_variables,
            group_id=group_id,
            span_id=span_id,
            return_prompt_blueprint=return_prompt_blueprint,
            status=status,
            error_type=error_type,
            error_message=error_message,
        )

        track_request.additional_properties = d
        return track_request

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
