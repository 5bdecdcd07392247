"""Clustered events -> the package's tables (review_status script-extracted), every value with
the spans it was read from; written and validated like a build."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

from pakiran_events.extract.adapter import extracted_id_base, place_value
from pakiran_events.extract.cluster import Event, majority
from pakiran_events.extract.lexicon import Lexicon
from pakiran_events.extract.notes import conflict_note

STATUS = "script-extracted"
ID_BASE = extracted_id_base()  # never collides with curated ids
NO_TITLE = "(title not stated)"


def _span_row(table: str, record: str, field: str, doc: str, span) -> tuple:
    """An evidence row without its hash: the hash is joined from the workers' span shards."""
    return (table, record, field, doc, span.start, span.end)


def _country_place(lex: Lexicon, country: str | None) -> str | None:
    """lex.country_place, asked once per country (it scans every place of the gazetteer)."""
    known = lex.patterns.setdefault("_country_place", {})
    if country not in known:
        known[country] = lex.country_place(country)
    return known[country]


def _name(lex: Lexicon, new_actors: dict, actor: str | None) -> str:
    return (lex.actors.get(actor) or new_actors.get(actor) or {}).get("name", actor or "?")


SPILL_ROWS = 200_000  # evidence rows buffered before they are written to the spill files as one row group
PACK_ROWS = 5_000     # event, participant or commitment rows held as Python dicts before they are packed in a frame
FLUSH_ROWS = 20_000   # evidence rows held as Python tuples before they are made a frame (at a record's end)
ROW_TABLES = ("events", "participants", "commitments")
ID_WIDTH = 7  # "E" or "C" + six digits: ids of this width sort as text in the order they are given


class _Rows:
    """The rows being written, and the evidence rows citing them: an event's evidence is kept as
    Python tuples only until the event is written (`flush`), or until a record of it is and
    FLUSH_ROWS are held (`record_done`: an event cited by every copy of a report grows with the
    corpus), then as compact polars frames (a record's rows never repeat another record's: its
    record id is its own, and each record is cited in one go). With a `spill`
    path, each event's frame is sorted by the evidence key and split by record_table, and the
    parts go to one Parquet file per record_table (`spill` with the table's name appended) by row
    groups of about SPILL_ROWS rows. Events are written in id order, so each file is in key order
    and the three, read one after the other, are the table sorted by key (while ids keep their
    width: `in_key_order`): no global sort, and the evidence is never held whole."""

    def __init__(self, lex: Lexicon, new_actors: dict, copies: dict, spill: Path | None = None,
                 schemas: dict | None = None):
        self.lex, self.new_actors, self.copies = lex, new_actors, copies
        self.rows: dict[str, list] = {"events": [], "participants": [], "commitments": [], "evidence": []}
        self.schemas = schemas    # given: the rows are packed (`pack`) as they grow
        self.packed: dict[str, list] = {name: [] for name in ROW_TABLES}
        self.n_events = 0
        self.evidence: list = []   # polars frames, one per event (not yet spilled)
        self.buffered = 0
        self.spill, self.writers = spill, {}
        self.commitment_no = ID_BASE

    def cite(self, table: str, record: str, fields: list[str], spans) -> None:
        self.rows["evidence"].extend(_span_row(table, record, f, doc, span) for f in fields for doc, span in spans)

    def record_done(self) -> None:
        """A record's evidence is all cited: made a frame if FLUSH_ROWS are held. Records come in
        key order within each record_table (event ids, then `eid/actor` in actor order, then
        commitment ids, all rising), so frames cut at a record's end keep the spill in key order."""
        if len(self.rows["evidence"]) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """The evidence rows so far, de-duplicated in first-seen order (sorted by key when they are
        spilled), into one frame."""
        import polars as pl

        if self.rows["evidence"]:
            frame = pl.DataFrame(list(dict.fromkeys(self.rows["evidence"])), schema=_evidence_schema(), orient="row")
            if self.spill is not None:
                frame = frame.sort(list(EVIDENCE_COLUMNS))  # the key (unique within an event)
            self.evidence.append(frame)
            self.buffered += frame.height
        self.rows["evidence"] = []
        if self.spill is not None and self.buffered >= SPILL_ROWS:
            self._spill()

    def _spill(self) -> None:
        import polars as pl
        import pyarrow.parquet as pq

        if not self.evidence:
            return
        for (table,), part in pl.concat(self.evidence).partition_by("record_table", as_dict=True,
                                                                    maintain_order=True).items():
            arrow = part.to_arrow()
            if table not in self.writers:
                self.writers[table] = pq.ParquetWriter(str(self.spill_file(str(table))), arrow.schema,
                                                       compression="lz4")
            self.writers[table].write_table(arrow)
        self.evidence, self.buffered = [], 0

    def spill_file(self, table: str) -> Path:
        spill = Path(str(self.spill))
        return spill.with_name(f"{spill.stem}-{table}{spill.suffix}")

    def in_key_order(self) -> bool:
        """Whether every event and commitment id has ID_WIDTH characters (so text order is id order)."""
        return len(f"E{ID_BASE + self.n_events:06d}") == ID_WIDTH == len(f"C{self.commitment_no:06d}")

    def pack(self, at_least: int = PACK_ROWS) -> None:
        """With schemas, the event, participant and commitment rows held as dicts (at least
        `at_least` of a table) into a frame of strings (`core.tables.frame_from_rows`, chunk by
        chunk: the same text cells as one frame of every row), which is compact: a dict per row
        cost about 2 kB of the parent's memory per event."""
        from pakiran_events.core.tables import frame_from_rows

        if self.schemas is None:
            return
        for name in ROW_TABLES:
            if self.rows[name] and len(self.rows[name]) >= at_least:
                self.packed[name].append(frame_from_rows(self.rows[name], self.schemas[name]))
                self.rows[name] = []

    def tables(self) -> dict:
        """The rows: lists of dicts, or when packed one frame of strings per table (`pack`)."""
        import polars as pl

        if self.schemas is None:
            return {name: self.rows[name] for name in ROW_TABLES}
        self.pack(at_least=1)
        return {name: pl.concat(self.packed[name]) if self.packed[name] else
                pl.DataFrame(schema={n: pl.String for n in self.schemas[name].field_names}) for name in ROW_TABLES}

    def evidence_frame(self):
        """Every evidence row (record_table, record_id, field, source_id, char_start, char_end): a
        polars DataFrame, or with a spill path a LazyFrame scanning the spill files in key order."""
        import polars as pl

        self.flush()
        if self.spill is not None:
            self._spill()  # every row to the files, however few: the same streamed path at any size
        if not self.writers:
            return pl.concat(self.evidence) if self.evidence else pl.DataFrame(schema=_evidence_schema())
        for writer in self.writers.values():
            writer.close()
        return pl.scan_parquet([str(self.spill_file(t)) for t in sorted(self.writers)])

    def event(self, event: Event, eid: str, parent_id: str | None) -> None:
        lex = self.lex
        if event.kind != "phone_call" and event.place_id is None:
            event.place_id = _country_place(lex, event.country)
        place = lex.places.get(event.place_id, {}) if event.place_id else {}
        where = place.get("name") or "an unstated place"
        who = " and ".join(_name(lex, self.new_actors, a) for a in (event.guest, event.host) if a)
        self.n_events += 1
        self.rows["events"].append({
            "event_id": eid, "parent_event_id": parent_id,
            "event_type": event.kind, "date_start": event.date_start.isoformat(), "date_end": event.date_end.isoformat(),
            "date_precision": event.precision, "place_id": event.place_id,
            **{column: place_value(place, column, self.copies) for column in self.copies},
            "venue": event.venue,
            "summary": f"Script-extracted {event.kind.replace('_', ' ')} of {who} ({where}), reported by "
                       f"{len(event.sources)} source(s); not checked by a curator.",
            "review_status": STATUS, "notes": conflict_note(event, lex),
        })
        evidence = event.evidence
        self.cite("events", eid, ["event_type"], evidence.get("event_type", []))
        self.cite("events", eid, ["date_start", "date_end", "date_precision"], evidence.get("date", []))
        self.cite("events", eid, ["date_precision"], evidence.get("date_precision", []))
        if event.place_id:
            self.cite("events", eid, ["place_id"], evidence.get("place_id") or evidence.get("event_type", []))
        if event.venue:
            self.cite("events", eid, ["venue"], evidence.get("venue", []))
        if event.parent:
            self.cite("events", eid, ["parent_event_id"], evidence.get("event_type", []))
        self.record_done()

    def participants(self, event: Event, eid: str, titles: dict) -> None:
        # a call, or a summit in a third country, has no host side: both take part (the codebook's 'participant')
        third = event.kind == "phone_call" or event.country not in self.lex.dyad
        for actor, info in sorted(event.participants.items()):
            side = info["side"]
            role = "participant" if third else "host" if side == event.country else "guest"
            self.rows["participants"].append({
                "event_id": eid, "actor_id": actor, "title": majority(titles[(id(event.parent or event), actor)], NO_TITLE),
                "side_iso3": side, "role": role})
            self.cite("participants", f"{eid}/{actor}", ["actor_id"], info["names"])
            self.cite("participants", f"{eid}/{actor}", ["title", "side_iso3", "role"], info["spans"] + info["names"])
            self.record_done()

    def commitments(self, event: Event, eid: str, present: set) -> None:
        """One row per commitment type: the modality most reports give (the stronger on a tie),
        the parties of that modality's statements that took part."""
        by_type: dict[str, list[dict]] = {}
        for item in event.commitments:
            by_type.setdefault(item["commitment_type"], []).append(item)
        for ctype, items in sorted(by_type.items()):
            self.commitment_no += 1
            cid = f"C{self.commitment_no:06d}"
            counts = Counter(i["modality"] for i in items)
            modality = min(counts, key=lambda m: (-counts[m], self.lex.modality_strength.index(m)))
            parties = majority([";".join(i["parties"]) for i in items if i["modality"] == modality])
            parties = ";".join(p for p in parties.split(";") if p in present or not present) or ";".join(sorted(present))
            self.rows["commitments"].append({
                "commitment_id": cid, "event_id": eid, "commitment_type": ctype, "modality": modality,
                "parties": parties,
                "description": f"Script-extracted: {ctype.replace('_', ' ')} ({modality}), in {len({i['doc'] for i in items})} report(s).",
                "notes": None})
            spans = lambda its: sorted({(i["doc"], (i["span"].start, i["span"].end)): (i["doc"], i["span"]) for i in its}.values(),
                                       key=lambda x: (x[0], x[1].start))
            self.cite("commitments", cid, ["commitment_type"], spans(items))
            # the modality and its parties rest on the statements graded so (CURATION.md §7: a
            # modality span holds a form of its modality), not on another report's other verb
            self.cite("commitments", cid, ["modality", "parties"], spans([i for i in items if i["modality"] == modality]))
            self.record_done()


def _placed(e: Event, lex: Lexicon) -> bool:
    """Whether the event can be written: a call needs no place; anything else a place or a country."""
    return e.kind == "phone_call" or bool(e.place_id) or _country_place(lex, e.country) is not None


def unplaced_events(events: list[Event], lex: Lexicon) -> list[Event]:
    """The events `_ordered` leaves out for want of a place or a country: the run warns of each
    (code `engagement-unplaced`, one warning per report telling it) rather than drop it unsaid."""
    return [e for e in events if not _placed(e, lex)]


def _ordered(events: list[Event], lex: Lexicon) -> list[Event]:
    """The events written (a call needs no place; anything else a place or a country), visits
    before their meetings, by date."""
    kept = [e for e in events if _placed(e, lex)]
    return sorted(kept, key=lambda e: (e.parent.date_start if e.parent else e.date_start,
                                       e.parent is not None, e.date_start, e.kind, e.guest or "", e.host or ""))


def event_rows(events: list[Event], lex: Lexicon, new_actors: dict) -> dict[str, list]:
    """Rows of events, participants, commitments, and evidence as (record_table, record_id, field,
    source_id, char_start, char_end) tuples, with ids in a stable order."""
    rows, evidence = _event_rows(events, lex, new_actors)
    rows["evidence"] = list(evidence.iter_rows())
    return rows


def _event_rows(events: list[Event], lex: Lexicon, new_actors: dict, spill: Path | None = None,
                pack: bool = False) -> tuple[dict, object]:
    """`event_rows`, with the evidence as one polars frame (EVIDENCE_COLUMNS), or with `spill` a
    LazyFrame over that Parquet file: no Python tuple per evidence row outlives its event. With
    `pack`, the event, participant and commitment rows come as frames of strings (`_Rows.pack`)."""
    from pakiran_events.extract.adapter import load_package_schemas, place_columns

    schemas = load_package_schemas()
    out = _Rows(lex, new_actors, place_columns(schemas), spill, schemas if pack else None)
    order = _ordered(events, lex)
    ids = {id(e): f"E{ID_BASE + n:06d}" for n, e in enumerate(order, start=1)}
    titles: dict[tuple[int, str], list] = {}  # a person has one title per engagement (curation guide)
    sides: dict[int, set] = {}                # the sides present at an event or at a meeting of its visit
    for event in events:
        for actor, info in event.participants.items():
            sides.setdefault(id(event), set()).add(info["side"])
            if event.parent is not None:
                sides.setdefault(id(event.parent), set()).add(info["side"])
    for event in order:
        root = id(event.parent or event)
        for actor, info in event.participants.items():
            titles.setdefault((root, actor), []).extend(info["titles"])
    for event in order:  # one event's spans in memory at a time (read back from the clustering's spill)
        eid = ids[id(event)]
        event.full()
        out.event(event, eid, ids.get(id(event.parent)) if event.parent else None)
        out.participants(event, eid, titles)
        out.commitments(event, eid, sides.get(id(event), set()))
        out.flush()
        out.pack()
        event.release()
    evidence = out.evidence_frame()
    if spill is not None and not out.in_key_order():  # ids past six digits: text order is not id order
        evidence = evidence.lazy().sort(list(EVIDENCE_COLUMNS)).collect(engine="streaming")
    return out.tables(), evidence


EVIDENCE_COLUMNS = ("record_table", "record_id", "field", "source_id", "char_start", "char_end")


def _evidence_schema() -> dict:
    import polars as pl

    return {c: (pl.Int64 if c.startswith("char_") else pl.String) for c in EVIDENCE_COLUMNS}


def package_tables(events: list[Event], sources: list[dict], lex: Lexicon, new_actors: dict, span_hashes, schemas: dict,
                   spill: Path | None = None, pool=None, worker_cpu: list | None = None) -> dict:
    """All tables of the extracted package, typed and sorted like a build's. `span_hashes` is a
    polars LazyFrame (source_id, char_start, char_end, span_sha256) over the workers' shards, one
    row per span (a document's spans are unique, and so are doc ids: no `unique()` is needed):
    evidence takes its hashes by one join, never from a dictionary held per report.

    With `spill` (a Parquet file path in a temporary folder that must outlive the publishing of
    the tables), the evidence rows go there as they are made, are joined to their hashes and
    sorted by key by polars' streaming engine into a second file beside it, and the evidence
    table returned is a LazyFrame scanning that file: the parent never holds it whole
    (`publish.write.write_tables` sinks it). Without `spill`, every table is a DataFrame. With
    `spill` and a `pool` (extract's warm worker processes), that join runs in a worker
    (`_hashed_evidence`), and so does the scan for event_sources' links (`_event_links`), their
    CPU seconds appended to `worker_cpu`. `sources`: the sources rows (dicts, or a frame of their
    text cells), or a LazyFrame of the typed, key-sorted table a worker wrote, taken as it is."""
    import polars as pl

    from pakiran_events.extract.adapter import string_frame, typed_tables

    rows, spans = _event_rows(events, lex, new_actors, spill, pack=spill is not None)
    if spill is None:
        evidence = spans.lazy().join(span_hashes, on=SPAN, how="left").collect(engine="streaming")
        missing = evidence.filter(pl.col("span_sha256").is_null())
        if missing.height:
            raise RuntimeError(f"{missing.height} evidence span(s) were never hashed, e.g. {missing.row(0)}")
    else:
        evidence = _hashed_evidence(spans.lazy(), span_hashes, Path(spill).with_name("evidence-sorted.parquet"),
                                    schemas["evidence"].field_names, pool, worker_cpu)
    packed = isinstance(rows["events"], pl.DataFrame)  # (with `spill`: frames of strings, not dicts)
    used = set(rows["participants"]["actor_id"]) if packed else {p["actor_id"] for p in rows["participants"]}
    actors = {**{a: lex.actors[a] for a in used if a in lex.actors}, **{a: new_actors[a] for a in used if a in new_actors}}
    rows["actors"] = [{k: a.get(k) for k in ("actor_id", "name", "actor_type", "country_iso3")} for a in actors.values()]
    rows["actor_aliases"] = [{"actor_id": a, "alias": alias} for a in actors
                             for alias in sorted({*lex.aliases.get(a, []), actors[a]["name"]})]
    used_places = {p for p in rows["events"]["place_id"] if p} if packed else \
        {e["place_id"] for e in rows["events"] if e["place_id"]}
    rows["places"] = [p for pid, p in lex.places.items() if pid in used_places or pid in lex.package_places]
    frames = {}
    if isinstance(sources, pl.LazyFrame):
        frames["sources"] = sources  # typed, key-sorted and written by a worker (extract.run.sources_table_files)
    else:
        rows["sources"] = sources
    if packed:
        event_of = dict(zip(rows["events"]["event_id"], rows["events"]["event_id"]))
        event_of |= dict(zip(rows["commitments"]["commitment_id"], rows["commitments"]["event_id"]))
    else:
        event_of = {e["event_id"]: e["event_id"] for e in rows["events"]}
        event_of |= {c["commitment_id"]: c["event_id"] for c in rows["commitments"]}
    if pool is None or spill is None:
        links, _ = _event_links(spans.lazy(), event_of)
    else:  # every evidence row is scanned: a working set growing with the corpus, kept out of the parent
        links, seconds = pool.submit(_event_links, spans.lazy(), event_of).result()
        if worker_cpu is not None:
            worker_cpu.append(seconds)
    frames |= {"evidence": evidence if isinstance(evidence, pl.LazyFrame) else string_frame(evidence, "evidence", schemas),
               "event_sources": string_frame(links, "event_sources", schemas)}
    return typed_tables(rows, frames, schemas)


SPAN = ["source_id", "char_start", "char_end"]


def _event_links(spans, event_of: dict) -> tuple:
    """(event_sources' rows: each (event_id, source_id) an evidence row of the event or of its
    commitments cites, the CPU seconds it took). Run by a worker of extract's pool when there is
    one (`package_tables`): the scan of every evidence row then never enters the parent."""
    import polars as pl

    began = time.process_time()
    links = (spans.select(pl.col("record_id").str.split("/").list.first()
                          .replace_strict(event_of, default=None).alias("event_id"), "source_id")
             .drop_nulls().unique().collect(engine="streaming"))
    return links, time.process_time() - began


def _hashed_evidence(spans, span_hashes, path: Path, columns: list[str], pool=None, worker_cpu: list | None = None):
    """The key-ordered evidence rows (a LazyFrame) with their span_sha256, joined SPILL_ROWS rows
    at a time: each batch takes from `span_hashes` only the spans it cites (a semi-join the batch
    builds), so neither the evidence nor every shard's hashes are held at once (polars' own
    streaming join and sort hold both). Written in order to `path` (`_write_hashed`), by a worker
    of `pool` when there is one: polars' buffers of the batches and of the shards' scans then
    never enter this process (here they left its peak ~50 MB higher at 50,000 copied reports
    than at 10,000, kept by the allocator after they were freed). Returns a LazyFrame scanning
    `path`. Raises RuntimeError when a span found no hash (a worker's shard is missing)."""
    import polars as pl

    if pool is None:
        _write_hashed(spans, span_hashes, path, columns)
    else:
        seconds = pool.submit(_write_hashed, spans, span_hashes, path, columns).result()
        if worker_cpu is not None:
            worker_cpu.append(seconds)
    return pl.scan_parquet(path)


def _write_hashed(spans, span_hashes, path: Path, columns: list[str]) -> float:
    """`_hashed_evidence`'s work: the joined rows written to `path`; the CPU seconds it took."""
    import polars as pl
    import pyarrow.parquet as pq

    began = time.process_time()
    writer, start = None, 0
    try:
        while True:
            batch = spans.slice(start, SPILL_ROWS).collect()
            if not batch.height and writer is not None:
                break
            # streamed: the shards' hashes are scanned past the batch's spans, never held whole (the
            # in-memory engine read every shard for each batch: a peak growing with the corpus)
            cited = span_hashes.join(batch.lazy().select(SPAN).unique(), on=SPAN, how="semi").collect(engine="streaming")
            joined = batch.join(cited, on=SPAN, how="left", maintain_order="left").select(columns)
            missing = joined.filter(pl.col("span_sha256").is_null())
            if missing.height:
                raise RuntimeError(f"{missing.height} evidence span(s) were never hashed, e.g. {missing.row(0)}")
            arrow = joined.to_arrow()
            if writer is None:
                writer = pq.ParquetWriter(str(path), arrow.schema, compression="lz4")
            writer.write_table(arrow)
            if batch.height < SPILL_ROWS:
                break
            start += SPILL_ROWS
    finally:
        if writer is not None:
            writer.close()
    return time.process_time() - began


def extraction_meta(corpus_dirs: list[Path], schemas: dict) -> dict:
    """Descriptor metadata of an extracted package (no wall-clock time: output is deterministic)."""
    from pakiran_events.extract.adapter import published_metadata

    base = published_metadata()
    names = " + ".join(Path(d).name for d in corpus_dirs)
    return {
        "name": "pakiran-events-extracted",
        "title": "Pakistan-Iran engagements, script-extracted candidates",
        "description": f"Candidate records extracted by pakiran-events from the news corpus at {names}; "
                       "review_status is script-extracted: not checked by a curator.",
        "created": base["created"], "homepage": base.get("homepage"), "keywords": base.get("keywords", []),
        "licenses": base["licenses"], "contributors": base["contributors"],
        "sources": [{"title": f"news corpus {names} (cited by offset and hash)"}],
        "resources": [r["name"] for r in base["resources"] if r["name"] in schemas]
                     + [n for n in sorted(schemas) if n not in {r["name"] for r in base["resources"]}],
    }


EXTRACTED_NAME = "pakiran-events-extracted"
_OUT_KEEP = {"datapackage.json", "data", ".pakiran-events.lock", ".publish-journal", ".publish-journal.tmp"}


def check_out_folder(out_dir: Path) -> None:
    """Refuse an `--out` folder that `extract` could damage: it replaces the folder's `data/` and
    `datapackage.json` wholesale, so the folder must be new, empty, or an extracted package
    (descriptor named pakiran-events-extracted, nothing else beside it, and in `data/` only its
    tables and views). The current folder, a folder above it, and a checkout (`.git`, the
    hand-checked `dataset/curated`) are refused. Raises ValueError naming the folder and reason."""

    out = Path(out_dir)
    resolved, here = out.resolve(), Path.cwd().resolve()
    if resolved == here or resolved in here.parents:
        raise ValueError(f"--out {out_dir}: the current folder (or one above it) is never replaced; give a folder "
                         "of its own, e.g. --out dataset/extracted")
    if any(p.name == "curated" and p.parent.name == "dataset" for p in (resolved, *resolved.parents)):
        raise ValueError(f"--out {out_dir}: inside the hand-checked dataset/curated; extract writes only to a "
                         "folder of its own, e.g. --out dataset/extracted")
    if not out.exists():
        return
    if not out.is_dir():
        raise ValueError(f"--out {out_dir}: not a folder")
    entries = {p.name for p in out.iterdir()}
    if not entries - {".pakiran-events.lock"}:  # new, or only the lock a failed first run left
        return
    if ".git" in entries or (out / "dataset" / "curated").exists() or (out / "curated").is_dir():
        raise ValueError(f"--out {out_dir}: holds a checkout or the hand-checked package; extract writes only to a "
                         "folder of its own")
    try:
        meta = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        meta = None
    if not isinstance(meta, dict) or meta.get("name") != EXTRACTED_NAME:
        raise ValueError(f"--out {out_dir}: holds something other than an extracted package (no datapackage.json "
                         f"named {EXTRACTED_NAME}); it is not replaced")
    others = sorted(n for n in entries - _OUT_KEEP if not n.startswith(".publish-staging-"))
    if others:
        raise ValueError(f"--out {out_dir}: holds {', '.join(others[:5])} beside the extracted package; move it away "
                         "first (extract replaces the package as a whole)")
    resources = meta.get("resources") if isinstance(meta.get("resources"), list) else []
    names = {r.get("name") for r in resources if isinstance(r, dict)}
    data = out / "data"
    strays = sorted(p.name for p in data.iterdir() if not (p.is_dir() and p.name == "views")
                    and not (p.is_file() and p.suffix in (".csv", ".parquet") and p.stem in names)) if data.is_dir() else []
    views = data / "views"
    strays += sorted(f"views/{p.name}" for p in views.iterdir()  # only the views extract writes
                     if not (p.is_file() and not p.is_symlink() and p.suffix == ".parquet")) if views.is_dir() else []
    if strays:
        raise ValueError(f"--out {out_dir}: data/ holds {', '.join(strays[:5])}, not a table of the extracted package; "
                         "move it away first (extract replaces data/ as a whole)")
