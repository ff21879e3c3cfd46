"""Loads a content pack folder into frozen records, validating it as a whole.

Every problem names its file, line and field; a pack with any problem is refused whole
(ContentError), so the caller can keep the last good pack."""

from __future__ import annotations

import re
from pathlib import Path
from types import MappingProxyType
from typing import Any

from core import content_schema as schema
from core import record_types, refs
from core.condition_checks import check_conditions
from core.problems import ContentError, Problem, excerpt
from core.records import CAVEAT_MARKER, REQUIRED_TOPICS, VIEWS, Diagram, Pack, PackInfo
from core.safe_files import folder_problem, read_regular, reason, shown_path
from core.svg_regions import read_diagram
from core.yaml_lines import LineDict, YamlProblem, load_yaml

# Each list file's keys. Its entries become the records of the Pack field named as the file is
# (areas.yaml: Pack.areas, a mapping of ids to Area records); pack.yaml becomes Pack.info.
LIST_FILES: dict[str, tuple[schema.Key, ...]] = {
    "sources.yaml": schema.SOURCE,
    "notes.yaml": schema.NOTE,
    "devices.yaml": schema.DEVICE,
    "treatments.yaml": schema.TREATMENT,
    "areas.yaml": schema.AREA,
    "topics.yaml": schema.TOPIC,
    "conditions.yaml": schema.CONDITION,  # the client check (core/condition_checks.py)
}
MARKDOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "notes.yaml": ("text",),
    "treatments.yaml": ("claims", "how"),
    "areas.yaml": ("here",),
    "topics.yaml": ("body",),
}
# Inline links (with or without a title), reference definitions, and <scheme:...> autolinks.
_LINKS = (
    re.compile(r"\]\(\s*<?([^)>\s]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"),
    re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^>\s]+)>?", re.MULTILINE),
    re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\s]*)>"),
)


# What Markdown turns into a live link without any link syntax: web addresses and e-mail addresses.
BARE_ADDRESS = re.compile(r"(?<![\\\w(<])(?:[a-z][a-z0-9+.-]*://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)


def link_targets(markdown: str) -> list[str]:
    """Every place a Markdown text links to."""
    return [target for pattern in _LINKS for target in pattern.findall(markdown)]


def svg_file(view: str) -> str:
    return f"{view}.svg"


class _Loader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []
        self.entries: dict[str, dict[str, dict[str, Any]]] = {}
        self.unreadable: set[str] = set()

    def problem(self, file: str, line: int, field: str, message: str) -> None:
        self.problems.append(Problem(file, line, field, message))

    def read_yaml(self, file: str) -> Any:
        path = self.folder / file
        try:
            text = read_regular(path).decode("utf-8")
        except FileNotFoundError:
            return self.problem(file, 1, "(file)", f"missing from {shown_path(self.folder)}")
        except OSError as error:
            return self.problem(file, 1, "(file)", reason(error))
        except UnicodeDecodeError as error:
            return self.problem(file, 1, "(file)", f"is not UTF-8 text (byte {error.start} cannot be read)")
        try:
            return load_yaml(text)
        except YamlProblem as error:
            return self.problem(file, error.line, "(file)", error.message)

    def read_list(self, file: str, keys: tuple[schema.Key, ...]) -> None:
        data = self.read_yaml(file)
        entries: dict[str, dict[str, Any]] = {}
        self.entries[file] = entries
        if data is None:  # missing, unreadable, not YAML, or empty: no reference into it can be checked
            if not any(p.file == file for p in self.problems):
                self.problem(file, 1, "(file)", "is empty; it needs a list of entries")
            self.unreadable.add(file)
            return None
        checked = schema.check_list(file, data, keys, "", self.problems, 1)
        if checked is None:
            self.unreadable.add(file)
        elif not data and file != "devices.yaml":
            self.problem(file, 1, "(file)", "is an empty list; it needs at least one entry")
            self.unreadable.add(file)
        for entry in checked or ():
            if entry["id"] in entries:
                first = entries[entry["id"]]["_line"]
                self.problem(file, entry["_line"], f"{entry['id']}.id", f"duplicate id (first used on line {first})")
            else:
                entries[entry["id"]] = entry
        return None

    def check_refs(
        self, file: str, entry: dict[str, Any], key: str, target_file: str, what: str, kind: str | None = None
    ) -> None:
        """Report ids that name nothing in `target_file` (only its entries of `kind`, when given), unless
        that file could not be read at all."""
        if target_file in self.unreadable:
            return
        known = {ident for ident, target in self.entries[target_file].items() if kind in (None, target.get("kind"))}
        for target in entry.get(key, ()):
            if target not in known:
                self.problem(
                    file,
                    entry["_lines"].get(key, entry["_line"]),
                    f"{entry['id']}.{key}",
                    f"names {what} '{target}', which does not exist",
                )

    def ref_exists(self, ref: str) -> bool:
        kind, ident = refs.split(ref)
        file = {refs.AREA: "areas.yaml", refs.TOPIC: "topics.yaml"}.get(kind)
        return file is not None and (ident in self.entries.get(file, {}) or file in self.unreadable)

    def check_caveats(self, file: str, entry: dict[str, Any], field: str) -> None:
        """Every {{caveat:ID}} stands alone on its line and names a caveat note."""
        text = entry.get(field, "")
        line = entry["_lines"].get(field, entry["_line"])
        where = f"{entry['id']}.{field}"
        for text_line in text.splitlines():
            if "{{" in text_line and not CAVEAT_MARKER.match(text_line.strip()):
                self.problem(
                    file,
                    line,
                    where,
                    f"{text_line.strip()[:60]!r} is not a caveat marker on a line of "
                    "its own (write {{caveat:ID}} alone on its line)",
                )
        if "notes.yaml" in self.unreadable:
            return
        notes = self.entries["notes.yaml"]
        for ident in CAVEAT_MARKER.findall(text):
            if notes.get(ident, {}).get("kind") != "caveat":
                self.problem(file, line, where, f"names the caveat note '{ident}', which does not exist")

    def check_links(self) -> None:
        for file, fields in MARKDOWN_FIELDS.items():
            for entry in self.entries.get(file, {}).values():
                for field in fields:
                    if file != "notes.yaml":
                        self.check_caveats(file, entry, field)
                    bare = BARE_ADDRESS.search(entry.get(field, ""))
                    if bare:
                        self.problem(
                            file,
                            entry["_lines"].get(field, entry["_line"]),
                            f"{entry['id']}.{field}",
                            f"names the web address {excerpt(bare.group(0))}, which Markdown would make a "
                            "live link; name it in sources.yaml instead",
                        )
                    for target in link_targets(entry.get(field, "")):
                        line = entry["_lines"].get(field, entry["_line"])
                        if "://" in target or target.startswith(("www.", "mailto:")):
                            self.problem(
                                file,
                                line,
                                f"{entry['id']}.{field}",
                                f"links to the web address {excerpt(target)}; the app never opens the web, "
                                "so name it in sources.yaml instead",
                            )
                        elif not self.ref_exists(target):
                            self.problem(
                                file,
                                line,
                                f"{entry['id']}.{field}",
                                f"links to '{target}', which is not an existing area:ID or topic:ID",
                            )
                for ref in entry.get("related", ()):
                    if not self.ref_exists(ref):
                        self.problem(
                            file,
                            entry["_lines"].get("related", entry["_line"]),
                            f"{entry['id']}.related",
                            f"'{ref}' does not exist",
                        )

    def check_references(self) -> None:
        for note in self.entries["notes.yaml"].values():
            self.check_refs("notes.yaml", note, "sources", "sources.yaml", "the source")
            self._check_rule(note)
        for treatment in self.entries["treatments.yaml"].values():
            self._check_treatment(treatment)
        for area in self.entries["areas.yaml"].values():
            self._check_area(area)
        for topic in self.entries["topics.yaml"].values():
            self.check_refs("topics.yaml", topic, "notes", "notes.yaml", "the note")
        for file, key in (("notes.yaml", "sources"), ("notes.yaml", "rule_sources"), ("treatments.yaml", "evidence")):
            for entry in self.entries[file].values():
                if key in entry and not entry[key]:
                    self.problem(file, entry["_line"], f"{entry['id']}.{key}", "needs at least one")
        if "topics.yaml" in self.unreadable:
            return
        for missing in sorted(set(REQUIRED_TOPICS) - set(self.entries["topics.yaml"])):
            self.problem("topics.yaml", 1, f"{missing}.id", "this required topic page is missing")

    def _check_treatment(self, treatment: dict[str, Any]) -> None:
        self.check_refs("treatments.yaml", treatment, "cautions", "notes.yaml", "the caution note", "caution")
        self.check_refs("treatments.yaml", treatment, "evidence", "notes.yaml", "the evidence note", "evidence")
        if "devices.yaml" in self.unreadable:
            return
        for claim in treatment.get("devices", ()):
            if "device" in claim and claim["device"] not in self.entries["devices.yaml"]:
                self.problem(
                    "treatments.yaml",
                    claim["_line"],
                    f"{treatment['id']}.devices.device",
                    f"names the device '{claim['device']}', which does not exist",
                )

    def _check_area(self, area: dict[str, Any]) -> None:
        treatments = self.entries["treatments.yaml"]
        self.check_refs("areas.yaml", area, "treatments", "treatments.yaml", "the treatment")
        self.check_refs("areas.yaml", area, "cautions", "notes.yaml", "the caution note", "caution")
        shown = list(area.get("cautions", ())) + [
            c for t in area.get("treatments", ()) for c in treatments.get(t, {}).get("cautions", ())
        ]
        if "treatments" in area and not area["treatments"]:
            self.problem("areas.yaml", area["_line"], f"{area['id']}.treatments", "needs at least one treatment")
        if not shown and "cautions" in area and "treatments" in area and not self.unreadable:
            self.problem(
                "areas.yaml",
                area["_line"],
                f"{area['id']}.cautions",
                "this area would show no safety notes; every area page needs at least one",
            )

    def _check_rule(self, note: dict[str, Any]) -> None:
        """A rule belongs to a caution, and its own sources are among the note's."""
        where = f"{note['id']}"
        if "rule" in note and note.get("kind") != "caution":
            self.problem(
                "notes.yaml",
                note["_lines"].get("rule", note["_line"]),
                f"{where}.rule",
                "only a caution note has a rule",
            )
        extra = [s for s in note.get("rule_sources", ()) if s not in note.get("sources", ())]
        if extra:
            self.problem(
                "notes.yaml",
                note["_lines"].get("rule_sources", note["_line"]),
                f"{where}.rule_sources",
                f"'{extra[0]}' is not one of this note's sources",
            )
        if "rule_sources" in note and "rule" not in note:
            self.problem(
                "notes.yaml",
                note["_lines"]["rule_sources"],
                f"{where}.rule_sources",
                "only a note with a rule has rule_sources",
            )

    def check_do_not_use(self, info: dict[str, Any] | None) -> None:
        """pack.yaml's do_not_use names caution notes, each with its rule in a few words."""
        if not info or "notes.yaml" in self.unreadable:
            return
        notes = self.entries["notes.yaml"]
        for ident in info.get("do_not_use", ()):
            note = notes.get(ident)
            if note is None or note.get("kind") != "caution":
                self.problem(
                    "pack.yaml", 1, "pack.do_not_use", f"names the caution note '{ident}', which does not exist"
                )
            elif "rule" not in note:
                self.problem(
                    "notes.yaml",
                    note["_line"],
                    f"{ident}.rule",
                    "missing: pack.yaml lists this note under do_not_use, which shows its rule",
                )

    def check_no_go(self, diagrams: dict[str, Diagram]) -> None:
        """Each no-go zone of an area is a shape of its diagram's no-go layer, forbidden by one of the
        cautions the area's page shows."""
        treatments = self.entries["treatments.yaml"]
        for area in self.entries["areas.yaml"].values():
            diagram = diagrams.get(area.get("view", ""))
            shown = set(area.get("cautions", ())) | {
                c for t in area.get("treatments", ()) for c in treatments.get(t, {}).get("cautions", ())
            }
            for item in area.get("no_go", ()):
                line = item["_line"]
                if diagram is not None and item.get("zone") and item["zone"] not in diagram.zones:
                    self.problem(
                        "areas.yaml",
                        line,
                        f"{area['id']}.no_go.zone",
                        f"no shape with the id '{item['zone']}' in the no-go layer of {diagram.file}",
                    )
                if item.get("caution") and item["caution"] not in shown and "treatments.yaml" not in self.unreadable:
                    self.problem(
                        "areas.yaml",
                        line,
                        f"{area['id']}.no_go.caution",
                        f"'{item['caution']}' is not one of the cautions this area's page shows",
                    )

    def read_diagrams(self) -> dict[str, Diagram]:
        diagrams: dict[str, Diagram] = {}
        for view in VIEWS:
            file = svg_file(view)
            try:
                svg = read_regular(self.folder / file)
            except OSError as error:
                self.problem(file, 1, "(file)", reason(error))
                continue
            diagram, problems = read_diagram(view, file, svg)
            self.problems.extend(problems)
            if diagram is not None:
                diagrams[view] = diagram
        return diagrams

    def join_regions(self, diagrams: dict[str, Diagram]) -> None:
        """Both directions: every region has an area, and every area has its region."""
        if "areas.yaml" in self.unreadable:
            return
        areas = self.entries["areas.yaml"]
        for view, diagram in diagrams.items():
            for region in diagram.regions.values():
                area = areas.get(region.id)
                if area is None:
                    self.problem(
                        diagram.file,
                        region.line,
                        f"regions/{region.id}",
                        "this region has no text: no area in areas.yaml has this id",
                    )
                elif area.get("view", view) != view:
                    self.problem(
                        diagram.file,
                        region.line,
                        f"regions/{region.id}",
                        f"the area with this id belongs to the {area['view']} view",
                    )
        for area in areas.values():
            shown = diagrams.get(area.get("view", ""))
            if shown is not None and area["id"] not in shown.regions:
                self.problem("areas.yaml", area["_line"], f"{area['id']}.id", f"no region with this id in {shown.file}")


def record_from(record: type, entry: dict[str, Any]) -> Any:
    """A record of type `record` from a checked entry, field by field, as the record's own annotations say:
    a key's value as it is, a mapping as the record its field holds, a list of mappings as a tuple of
    them. A key the file left out keeps the field's default (the schema requires every key whose field
    has none)."""
    values = {}
    for name, annotation in record_types.fields(record).items():
        if name not in entry:
            continue
        holds, inner = record_types.record_of(annotation)
        value = entry[name]
        if inner is not None and holds == "record":
            value = record_from(inner, value)
        elif inner is not None and holds == "records":
            value = tuple(record_from(inner, item) for item in value)
        values[name] = value
    return record(**values)


def _build(loader: _Loader, folder: Path, info: dict[str, Any], diagrams: dict[str, Diagram]) -> Pack:
    lists = {}
    for file in LIST_FILES:
        name = file.removesuffix(".yaml")
        _, record = record_types.record_of(record_types.fields(Pack)[name])
        assert record is not None, f"Pack.{name} holds no records"  # a test checks every list file's field
        lists[name] = MappingProxyType({ident: record_from(record, e) for ident, e in loader.entries[file].items()})
    return Pack(folder=str(folder), info=record_from(PackInfo, info), diagrams=MappingProxyType(diagrams), **lists)


def load_pack(folder: str | Path) -> Pack:
    """Load and validate a whole pack; raises ContentError listing every problem."""
    folder = Path(folder)
    problem = folder_problem(folder)
    if problem:
        raise ContentError([Problem(shown_path(folder), 0, "(folder)", problem)])
    loader = _Loader(folder)
    data = loader.read_yaml("pack.yaml")
    info = None
    if data is not None or not loader.problems:
        info = schema.check_entry("pack.yaml", data, schema.PACK, "pack", loader.problems, 1)
    for file, keys in LIST_FILES.items():
        loader.read_list(file, keys)
    loader.check_references()
    loader.check_do_not_use(info)
    do_not_use_line = data.line_of("do_not_use") if isinstance(data, LineDict) else 1
    check_conditions(loader.entries, loader.unreadable, loader.problems, info, do_not_use_line)
    loader.check_links()
    diagrams = loader.read_diagrams()
    loader.join_regions(diagrams)
    if "areas.yaml" not in loader.unreadable:
        loader.check_no_go(diagrams)
    if loader.problems or info is None:
        raise ContentError(loader.problems or [Problem("pack.yaml", 1, "pack", "cannot be read")])
    return _build(loader, folder, info, diagrams)
