#!/usr/bin/env python3
"""Check that our openapi.yaml states the same facts as PromptLayer's published spec.

Usage: python scripts/spec_coverage.py [--spec PATH] [--verbose] REFERENCE

How the comparison works:

* Operations are paired by HTTP method plus the literal path string. One of ours that the
  reference lacks is fine only when it carries ``x-promptlayer-extra: "<why>"``; then it is
  listed as ``extra``. Otherwise it is a disagreement.
* The same marker rule covers anything else we add: a schema property, an enum value, a union variant, a
  response status code, a media type, a parameter, or a schema widened to accept ``null``
  or any value where the reference is narrower (marked on that schema node). Marked additions are printed as
  ``extra:`` notes and never count as disagreements.
* Parameters are keyed by (name, location); the auth header and the Content-Type, Accept and
  Authorization headers are skipped on both sides. Presence, required-ness and schemas are
  checked.
* Request bodies: presence, ``required`` (missing means false), media types, and each shared
  media type's schema. A body schema written as ``anyOf: [X, null]`` means an optional body
  of schema X.
* Responses: every status code of the reference must exist in ours, codes we add need the
  marker, and shared codes must agree on media types and schemas.
* Schemas are compared recursively after resolving local ``$ref``s and normalising: ``allOf``
  is merged; ``nullable: true``, ``'null'`` in a type list, a ``{type: 'null'}`` union member
  and ``None`` in an enum all mean "nullable"; a union left with one member is that member.
  Checked: nullability, the set of types, ``format`` (when the reference states one), the
  allowed values (``const`` equals a one-value ``enum``), properties, required fields,
  ``additionalProperties`` schemas, array items and union variants (anyOf and oneOf alike).
  A reference schema that says nothing accepts anything of ours; the reverse is a
  disagreement. Each reference union variant needs one of ours that matches it exactly;
  failing that, the closest of ours with the same discriminator value or component name
  has its differences reported; failing that, the variant is missing. Prose, examples,
  defaults, numeric/length constraints, discriminators and other ``x-`` keys are ignored.

Prints one block per operation of ours, then ``covered N/M operations, K disagreements``
(N: our operations found in the reference, M: the reference's operations). A problem inside a
component that an operation reaches by several routes is counted and shown once for that
operation, at its shortest location; ``--verbose`` shows every route. Exits 1 when K > 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

EXTRA = "x-promptlayer-extra"
METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
SKIPPED_HEADERS = {"x-api-key", "content-type", "accept", "authorization"}
PROSE = {"description", "summary", "title", "example", "examples", "default", "deprecated"}
ANY: dict[str, Any] = {}  # the schema that accepts anything
DEFAULT_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"


def load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        data = json.loads(text)
    else:
        try:
            import yaml
        except ImportError:
            sys.exit(f"PyYAML is needed to read {path} (pip install pyyaml)")
        data = yaml.safe_load(text)
    if not isinstance(data, dict):
        sys.exit(f"{path} is not an OpenAPI document")
    return data


def resolve(doc: dict[str, Any], node: Any) -> tuple[Any, str | None]:
    """Follow $ref chains (sibling keys of a $ref win); also return the first component name."""
    ref_name, siblings, seen = None, dict[str, Any](), set[str]()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise SystemExit(f"cannot resolve $ref {ref!r}")
        seen.add(ref)
        siblings = {**{k: v for k, v in node.items() if k != "$ref"}, **siblings}
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        if ref_name is None:
            ref_name = ref.rsplit("/", 1)[-1]
        node = target
    if siblings and isinstance(node, dict):
        node = {**node, **siblings}
    return node, ref_name


def identity(raw: Any) -> Any:
    """A plain `$ref` is identified by its target; any other node by the object itself."""
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str) and raw.keys() <= {"$ref", *PROSE}:
        return raw["$ref"]
    return id(raw)


def value_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    return {int: "integer", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), "null"
    )


@dataclass
class Norm:
    """A schema reduced to the facts the checker compares."""

    types: set[str] | None = None
    nullable: bool = False
    null_only: bool = False  # {type: 'null'}
    fmt: str | None = None
    values: dict[str, Any] | None = None  # allowed values keyed by their JSON text
    properties: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    additional: Any = None  # a schema node; absent/true/false are all None
    variants: list[Any] | None = None  # 2+ non-null union members (raw nodes)
    discriminator: str | None = None
    ref_name: str | None = None
    extra: str | None = None

    def has_structure(self) -> bool:
        return bool(self.properties) or self.items is not None or self.additional is not None

    def is_any(self) -> bool:
        """No type and no structure: every value is accepted."""
        plain = self.values is None and self.variants is None and not self.has_structure()
        return plain and self.types is None and not self.null_only

    def is_bare_type(self) -> bool:
        """Only a `type` (e.g. a member of `anyOf: [{type: string}, {type: integer}]`)."""
        plain = self.values is None and self.variants is None and not self.has_structure()
        return plain and self.types is not None and self.fmt is None

    def is_only_union(self) -> bool:
        return self.types is None and self.values is None and not self.has_structure()

    def merge(self, other: Norm) -> None:
        """Fold another schema into this one (allOf member or lone union member)."""
        if other.types is not None:
            self.types = other.types if self.types is None else self.types & other.types
        self.nullable = self.nullable or other.nullable
        self.fmt = self.fmt or other.fmt
        if other.values is not None:
            self.values = (
                other.values
                if self.values is None
                else {k: v for k, v in self.values.items() if k in other.values}
            )
        self.properties = {**other.properties, **self.properties}
        self.required |= other.required
        self.items = self.items if self.items is not None else other.items
        self.additional = self.additional if self.additional is not None else other.additional
        self.variants = self.variants or other.variants
        self.discriminator = self.discriminator or other.discriminator
        self.ref_name = self.ref_name or other.ref_name
        self.extra = self.extra or other.extra


Cache = dict[int, tuple[Any, Norm]]  # id(raw node) -> (raw node kept alive, its Norm)


def normalise(doc: dict[str, Any], raw: Any, cache: Cache) -> Norm:
    if id(raw) in cache and cache[id(raw)][0] is raw:
        return cache[id(raw)][1]
    norm = _normalise(doc, raw, cache)
    cache[id(raw)] = (raw, norm)
    return norm


def _normalise(doc: dict[str, Any], raw: Any, cache: Cache) -> Norm:
    node, ref_name = resolve(doc, raw)
    norm = Norm(ref_name=ref_name)
    if not isinstance(node, dict):  # `true` / missing schema: anything goes
        return norm
    norm.extra = node.get(EXTRA)
    norm.nullable = node.get("nullable") is True
    norm.fmt = node.get("format")
    if isinstance(node.get("discriminator"), dict):
        norm.discriminator = node["discriminator"].get("propertyName")
    declared = node.get("type")
    if declared is not None:
        names = set(declared) if isinstance(declared, list) else {declared}
        norm.nullable |= "null" in names
        norm.null_only = names == {"null"}
        norm.types = names - {"null"} or None
    if "const" in node:
        norm.values = {value_key(node["const"]): node["const"]}
    elif isinstance(node.get("enum"), list):
        norm.nullable |= None in node["enum"]
        norm.null_only = bool(node["enum"]) and all(v is None for v in node["enum"])
        norm.values = {value_key(v): v for v in node["enum"] if v is not None}
    norm.properties = dict(node.get("properties") or {})
    norm.required = set(node.get("required") or [])
    norm.items = node.get("items")
    if isinstance(node.get("additionalProperties"), dict):
        norm.additional = node["additionalProperties"]
    for member in node.get("allOf") or []:
        norm.merge(normalise(doc, member, cache))
    members: list[Any] = []
    for member in (node.get("anyOf") or []) + (node.get("oneOf") or []):
        sub = normalise(doc, member, cache)
        if sub.null_only:
            norm.nullable = True  # a {type: 'null'} member
            continue
        norm.nullable |= sub.nullable
        if sub.variants and sub.is_only_union():
            members.extend(sub.variants)  # flatten nested unions
        else:
            members.append(member)
    if len(members) == 1:
        norm.merge(normalise(doc, members[0], cache))
    elif members:
        subs = [normalise(doc, m, cache) for m in members]
        if all(s.is_bare_type() for s in subs):  # anyOf of plain types == a type list
            norm.types = set().union(*(s.types or set() for s in subs))
        else:
            norm.variants = members
    if norm.types is None:  # infer the type from structure
        if norm.properties or norm.additional is not None:
            norm.types = {"object"}
        elif norm.items is not None:
            norm.types = {"array"}
        elif norm.values:
            norm.types = {type_of(v) for v in norm.values.values()}
    return norm


def describe(norm: Norm) -> str:
    if norm.variants:
        return "a union"
    return "|".join(sorted(norm.types)) if norm.types else "null" if norm.null_only else "any"


def values_text(values: Any) -> str:
    return ", ".join(sorted(values))


class Note(NamedTuple):
    loc: str
    text: str  # the problem, or why an extra is there
    key: Any = None  # identifies the root cause, so a shared component is reported once


@dataclass
class Notes:
    diffs: list[Note] = field(default_factory=list)
    extras: list[Note] = field(default_factory=list)

    def add(self, other: Notes) -> None:
        self.diffs += other.diffs
        self.extras += other.extras

    def diff(self, loc: str, text: str) -> None:
        self.diffs.append(Note(loc, text))

    def addition(self, loc: str, what: str, node: Any, reason: Any = None) -> None:
        """Something of ours the reference lacks: an extra when marked, else a disagreement."""
        reason = reason or (node.get(EXTRA) if isinstance(node, dict) else None)
        if reason:
            self.extras.append(Note(loc, str(reason), identity(node)))
        else:
            self.diff(loc, what)

    def prefixed(self, loc: str, key: Any) -> Notes:
        """Prepend `loc` to every location; notes without a root cause get `key`."""

        def move(notes: list[Note]) -> list[Note]:
            return [Note(loc + n.loc, n.text, key if n.key is None else n.key) for n in notes]

        return Notes(move(self.diffs), move(self.extras))


class Comparer:
    def __init__(self, ours: dict[str, Any], ref: dict[str, Any]) -> None:
        self.ours, self.ref = ours, ref
        self.caches: dict[int, Cache] = {id(ours): {}, id(ref): {}}
        self.active: set[tuple[int, int]] = set()  # node pairs being compared (cycle guard)
        self.cuts = 0  # times the cycle guard fired; results past a cut are not memoised
        self.memo: dict[tuple[int, int, bool], Notes] = {}  # results with relative locations

    def norm(self, doc: dict[str, Any], raw: Any) -> Norm:
        return normalise(doc, raw, self.caches[id(doc)])

    def signature(self, doc: dict[str, Any], raw: Any, disc: str | None) -> tuple[str, set[str]]:
        """A short label for a union variant, plus tokens telling which variants are alike."""
        norm = self.norm(doc, raw)
        values: list[str] = []
        for name in (disc, "type", "role"):
            if name and name in norm.properties and not values:
                values = [str(v) for v in (self.norm(doc, norm.properties[name]).values or {}).values()]
        tokens = {f"value {v}" for v in values} | ({f"ref {norm.ref_name}"} if norm.ref_name else set())
        if len(values) == 1:
            return values[0], tokens
        return norm.ref_name or "|".join(values) or describe(norm), tokens

    # -- schemas --------------------------------------------------------------------

    def schema(self, ref_raw: Any, our_raw: Any, loc: str, check_null: bool = True) -> Notes:
        """Compare two schema nodes; every note's location starts with `loc`."""
        pair = (id(ref_raw), id(our_raw))
        if (*pair, check_null) in self.memo:
            return self.memo[(*pair, check_null)].prefixed(loc, (identity(ref_raw), identity(our_raw)))
        if pair in self.active:
            self.cuts += 1
            return Notes()
        cuts, notes = self.cuts, Notes()
        self.active.add(pair)
        try:
            self.compare(ref_raw, our_raw, check_null, notes)
        finally:
            self.active.discard(pair)
        if cuts == self.cuts:
            self.memo[(*pair, check_null)] = notes
        return notes.prefixed(loc, (identity(ref_raw), identity(our_raw)))

    def compare(self, ref_raw: Any, our_raw: Any, check_null: bool, notes: Notes) -> None:
        ref, ours = self.norm(self.ref, ref_raw), self.norm(self.ours, our_raw)
        if ref.is_any():
            return
        if ours.is_any():  # a marked widening is an extra (e.g. values the service accepts beyond the text)
            widened = f"ours accepts any value, reference requires {describe(ref)}"
            return notes.addition("", widened, resolve(self.ours, our_raw)[0])
        if check_null and ref.nullable != ours.nullable:
            text = f"nullable in {'reference' if ref.nullable else 'ours'} only"
            if ours.nullable:  # a marked relaxation: the service does send null here
                notes.addition("", text, resolve(self.ours, our_raw)[0])
            else:
                notes.diff("", text)
        if ref.variants or ours.variants:
            return self.union(ref_raw, ref, our_raw, ours, notes)
        if ref.types is not None and ref.types != ours.types:
            return notes.diff("", f"type {describe(ours)} (ours) vs {describe(ref)} (reference)")
        if ref.fmt and ref.fmt != ours.fmt:
            notes.diff("", f"format {ours.fmt or 'none'} (ours) vs {ref.fmt} (reference)")
        self.values(ref, ours, notes)
        for name in sorted(ref.properties.keys() - ours.properties.keys()):
            notes.diff(f".{name}", "missing property")
        for name in sorted(ours.properties.keys() - ref.properties.keys()):
            prop = ours.properties[name]
            notes.addition(f".{name}", "property not in reference", prop, self.norm(self.ours, prop).extra)
        for name in sorted(ref.required ^ ours.required):
            notes.diff(f".{name}", f"required in {'reference' if name in ref.required else 'ours'} only")
        for name in sorted(ref.properties.keys() & ours.properties.keys()):
            notes.add(self.schema(ref.properties[name], ours.properties[name], f".{name}"))
        if ref.additional is not None:
            notes.add(self.schema(ref.additional, ours.additional or ANY, "{*}"))
        if ref.items is not None:
            notes.add(self.schema(ref.items, ANY if ours.items is None else ours.items, "[]"))

    @staticmethod
    def values(ref: Norm, ours: Norm, notes: Notes) -> None:
        if ref.values is None and ours.values is None:
            return
        if ours.values is None:
            return notes.diff("", f"reference restricts values to {values_text(ref.values or {})}")
        if ref.values is None:
            return notes.diff("", f"ours restricts values to {values_text(ours.values)}")
        if missing := ref.values.keys() - ours.values.keys():
            notes.diff("", f"enum values missing: {values_text(missing)}")
        if extra := ours.values.keys() - ref.values.keys():  # allowed when the enum is marked
            notes.addition("", f"enum values extra: {values_text(extra)}", ours.values, ours.extra)

    def union(self, ref_raw: Any, ref: Norm, our_raw: Any, ours: Norm, notes: Notes) -> None:
        """Pair each reference variant with one of ours; a plain schema is a one-variant union."""
        ref_variants, our_variants = ref.variants or [ref_raw], ours.variants or [our_raw]
        disc = ref.discriminator or ours.discriminator
        our_sigs = [self.signature(self.ours, v, disc) for v in our_variants]
        used: set[int] = set()
        for ref_variant in ref_variants:
            label, tokens = self.signature(self.ref, ref_variant, disc)
            trials = [self.schema(ref_variant, v, f"<{label}>", check_null=False) for v in our_variants]
            perfect = [i for i, trial in enumerate(trials) if not trial.diffs]
            alike = [i for i, (_, their) in enumerate(our_sigs) if tokens & their]
            if not perfect and not alike:
                notes.diff("", f"union variant missing: {label}")
                continue
            candidates = perfect or sorted(alike, key=lambda i: len(trials[i].diffs))
            chosen = next((i for i in candidates if i not in used), candidates[0])
            used.add(chosen)
            notes.add(trials[chosen])
        for i, variant in enumerate(our_variants):
            if i not in used:
                label = our_sigs[i][0]
                reason = self.norm(self.ours, variant).extra
                notes.addition(f"<{label}>", f"union variant extra: {label}", variant, reason)

    # -- operations -----------------------------------------------------------------

    def operation(
        self,
        ref_item: dict[str, Any],
        ref_op: dict[str, Any],
        our_item: dict[str, Any],
        our_op: dict[str, Any],
    ) -> Notes:
        notes = Notes()
        ref_params = parameters(self.ref, ref_item, ref_op)
        our_params = parameters(self.ours, our_item, our_op)
        for name, where in sorted(ref_params.keys() | our_params.keys(), key=lambda k: (k[1], k[0])):
            loc = f"{where} param {name}"
            if (name, where) not in our_params:
                notes.diff(loc, "missing")
            elif (name, where) not in ref_params:
                notes.addition(loc, "not in reference", our_params[(name, where)])
            else:
                theirs, mine = ref_params[(name, where)], our_params[(name, where)]
                if bool(theirs.get("required")) != bool(mine.get("required")):
                    notes.diff(loc, f"required in {'reference' if theirs.get('required') else 'ours'} only")
                notes.add(self.schema(param_schema(theirs), param_schema(mine), loc))
        self.body(ref_op.get("requestBody"), our_op.get("requestBody"), notes)
        ref_responses = {str(k): v for k, v in (ref_op.get("responses") or {}).items()}
        our_responses = {str(k): v for k, v in (our_op.get("responses") or {}).items()}
        for code in sorted(ref_responses.keys() | our_responses.keys()):
            loc = f"response {code}"
            if code not in our_responses:
                notes.diff(loc, "missing")
            elif code not in ref_responses:
                notes.addition(loc, "not in reference", resolve(self.ours, our_responses[code])[0])
            else:
                theirs = resolve(self.ref, ref_responses[code])[0]
                mine = resolve(self.ours, our_responses[code])[0]
                self.content(theirs.get("content") or {}, mine.get("content") or {}, loc, notes)
        return notes

    def body(self, ref_raw: Any, our_raw: Any, notes: Notes) -> None:
        if ref_raw is None or our_raw is None:
            if ref_raw is not our_raw:
                notes.diff("body", f"present in {'reference' if our_raw is None else 'ours'} only")
            return
        ref_required, ref_content = unwrap_body(self.ref, ref_raw)
        our_required, our_content = unwrap_body(self.ours, our_raw)
        if ref_required != our_required:
            notes.diff("body", f"required in {'reference' if ref_required else 'ours'} only")
        self.content(ref_content, our_content, "body", notes)

    def content(self, ref: dict[str, Any], ours: dict[str, Any], loc: str, notes: Notes) -> None:
        if ref and not ours:
            return notes.diff(loc, "content in reference only")
        if ours and not ref:  # a body the reference does not describe: each media type needs the marker
            for media in sorted(ours):
                notes.addition(f"{loc}({media})", "content in ours only", ours[media])
            return None
        for media in sorted(ref.keys() | ours.keys()):
            if media not in ours:
                notes.diff(loc, f"media type {media} missing")
            elif media not in ref:
                notes.addition(f"{loc}({media})", "media type not in reference", ours[media])
            else:
                ref_schema = (ref[media] or {}).get("schema", ANY)
                notes.add(self.schema(ref_schema, (ours[media] or {}).get("schema", ANY), f"{loc}({media})"))


def parameters(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """Path-level and operation-level parameters by (name, in), minus the ignored headers."""
    found: dict[tuple[str, str], Any] = {}
    for raw in (item.get("parameters") or []) + (op.get("parameters") or []):
        param = resolve(doc, raw)[0]
        if param.get("in") == "header" and str(param.get("name", "")).lower() in SKIPPED_HEADERS:
            continue
        found[(param["name"], param["in"])] = param
    return found


def param_schema(param: dict[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in (param.get("content") or {}).values():
        return (media or {}).get("schema", ANY)
    return ANY


def unwrap_body(doc: dict[str, Any], raw: Any) -> tuple[bool, dict[str, Any]]:
    """Return (required, content) of a request body, reading `anyOf: [X, null]` as optional X."""
    body = resolve(doc, raw)[0]
    required, content = bool(body.get("required")), {}
    for media, obj in (body.get("content") or {}).items():
        obj = obj or {}
        schema = resolve(doc, obj.get("schema", ANY))[0]
        members = (
            (schema.get("anyOf") or []) + (schema.get("oneOf") or []) if isinstance(schema, dict) else []
        )
        real = [m for m in members if resolve(doc, m)[0] != {"type": "null"}]
        if len(members) == 2 and len(real) == 1:
            required, obj = False, {**obj, "schema": real[0]}
        content[media] = obj
    return required, content


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]]:
    return {
        (path, method): (item, item[method])
        for path, item in (doc.get("paths") or {}).items()
        for method in METHODS
        if isinstance(item.get(method), dict)
    }


def first_places(notes: list[Note], every: bool) -> list[Note]:
    """One note per root cause (at its shortest location), or all of them if `every`."""
    if every:
        return notes
    shortest: dict[tuple[Any, str], Note] = {}
    for note in notes:
        cause = (note.loc if note.key is None else note.key, note.text)
        if cause not in shortest or len(note.loc) < len(shortest[cause].loc):
            shortest[cause] = note
    return list(shortest.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="the published spec (JSON or YAML)")
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="our spec (default: openapi.yaml)")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="show every place a shared problem or extra is reached, and the "
        "reference operations we do not have",
    )
    args = parser.parse_args(argv)
    for path in (args.spec, args.reference):
        if not path.is_file():
            parser.error(f"{path} does not exist")
    ours, ref = load(args.spec), load(args.reference)
    comparer = Comparer(ours, ref)
    our_ops, ref_ops = operations(ours), operations(ref)
    covered = disagreements = 0
    for path, method in sorted(our_ops):
        title = f"{method.upper()} {path}"
        our_item, our_op = our_ops[(path, method)]
        if (path, method) not in ref_ops:
            if our_op.get(EXTRA):
                print(f"extra   {title}  ({our_op[EXTRA]})")
            else:
                print(f"{title}\n    not in reference")
                disagreements += 1
            continue
        covered += 1
        notes = comparer.operation(*ref_ops[(path, method)], our_item, our_op)
        diffs = first_places(notes.diffs, every=False)
        disagreements += len(diffs)
        print(title if diffs else f"ok      {title}")
        for note in first_places(notes.diffs, args.verbose):
            print(f"    {note.loc}: {note.text}")
        for note in first_places(notes.extras, args.verbose):
            print(f"    extra: {note.loc}  ({note.text})")
    if args.verbose:
        for path, method in sorted(ref_ops.keys() - our_ops.keys()):
            print(f"absent  {method.upper()} {path}")
    print(f"covered {covered}/{len(ref_ops)} operations, {disagreements} disagreements")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
