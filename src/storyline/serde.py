"""Dataclass <-> JSON-ready dict conversion, driven by the type hints of ``model``."""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Plain JSON-ready structure; tuples become lists."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _same(value: Any) -> Any:
    return value


@cache
def _converter(tp: Any) -> Callable[[Any], Any]:
    """What turns a JSON value into ``tp``, worked out once per type: a batch decodes thousands of
    analyses, and asking the type hints again for every value was most of the time it took."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _converter(args[0]) if len(args) == 1 else _same
    if dataclasses.is_dataclass(tp):
        return _decoder(tp)
    if origin is list:
        (arg,) = typing.get_args(tp)
        item = _converter(arg)
        if item is _same:
            return list
        return lambda value: [None if v is None else item(v) for v in value]
    if origin is tuple:
        return tuple
    if origin is dict:
        _, varg = typing.get_args(tp)
        inner = _converter(varg)
        if inner is _same:
            return dict
        return lambda value: {k: None if v is None else inner(v) for k, v in value.items()}
    return _same


@cache
def _decoder(cls: type[T]) -> Callable[[dict[str, Any]], T]:
    hints = _hints(cls)
    fields = {f.name: _converter(hints[f.name]) for f in dataclasses.fields(cls)}  # type: ignore[arg-type]

    def decode(data: dict[str, Any]) -> T:
        return cls(**{k: None if v is None else fields[k](v) for k, v in data.items() if k in fields})

    return decode


def _convert(tp: Any, value: Any) -> Any:
    return None if value is None else _converter(tp)(value)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    return _decoder(cls)(data)


def stable_id(prefix: str, *parts: object) -> str:
    """A short opaque id that is the same for the same parts in every run."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()
    return f"{prefix}{digest[:10]}"
