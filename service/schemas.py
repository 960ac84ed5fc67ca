"""JSON Schemas (OpenAPI 3.1, draft 2020-12) generated from the result dataclasses the API serializes, so the
document cannot drift from what `to_dict` sends: a field's type hint gives its schema (`X | None` nullable,
`Literal` an enum, a dataclass a `$ref` to its own schema), its trailing comment or the docstring under it
its description, the class docstring the schema's. Every field is required except one defaulting to None,
which `to_dict` may leave out; no other is allowed; fields marked page-only (metadata `page_only`) are not sent
and not described.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import io
import textwrap
import tokenize
import types
import typing
from functools import cache
from typing import Any

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def schemas(*roots: type) -> dict[str, dict[str, Any]]:
    """The schemas of `roots` and of every dataclass their fields reach, by class name."""
    out: dict[str, dict[str, Any]] = {}
    for root in roots:
        _add(root, out)
    return out


def _add(cls: type, out: dict[str, dict[str, Any]]) -> None:
    if cls.__name__ in out:
        return
    out[cls.__name__] = {}  # taken, so a class that holds itself (Section's subsections) refers to itself
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    properties, required = {}, []
    for field in dataclasses.fields(cls):
        if field.metadata.get("page_only"):
            continue
        schema = _schema(hints[field.name], out)
        if field.name in docs:
            schema = schema | {"description": docs[field.name]}
        properties[field.name] = schema
        if field.default is not None:
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,  # a field sent but not described fails the tests' schema validation
    }
    if cls.__doc__ and not cls.__doc__.startswith(f"{cls.__name__}("):  # not dataclass' generated signature
        schema["description"] = inspect.cleandoc(cls.__doc__)
    out[cls.__name__] = schema


def _schema(hint: Any, out: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The schema of a type hint."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if dataclasses.is_dataclass(hint):
        _add(hint, out)
        return ref(hint.__name__)
    if origin is typing.Literal:
        return {"type": _SCALARS[type(args[0])], "enum": list(args)}
    if origin in (types.UnionType, typing.Union):
        members = [_schema(a, out) for a in args]
        kinds = [m.get("type") for m in members]
        if all(isinstance(k, str) for k in kinds) and all(set(m) <= {"type"} for m in members):
            return {"type": kinds}
        return {"anyOf": members}
    if origin is list:
        return {"type": "array", "items": _schema(args[0], out)}
    if origin is tuple and args[-1] is not Ellipsis:
        items = [_schema(a, out) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
    if origin is dict and args[0] is str:
        return {"type": "object", "additionalProperties": _schema(args[1], out)}
    raise TypeError(f"no JSON Schema for {hint!r}")


@cache
def field_docs(cls: type) -> dict[str, str]:
    """Each field's description, read from the class's source: the string literal under the field, else the
    comment at the end of its line."""
    source = textwrap.dedent(inspect.getsource(cls))
    comments = {
        token.start[0]: token.string.lstrip("#").strip()
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    body = ast.parse(source).body[0].body
    docs = {}
    for node, after in zip(body, [*body[1:], None], strict=True):
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        if isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and isinstance(after.value.value, str):
            docs[node.target.id] = " ".join(inspect.cleandoc(after.value.value).split())
        elif node.end_lineno in comments:
            comment = comments[node.end_lineno]
            docs[node.target.id] = comment[:1].upper() + comment[1:]
    return docs
