"""Entity linking: one entity per real-world referent across documents, languages and scripts.

Mentions are grouped by blocking keys so that only plausible pairs are ever compared:
- places: a language-independent key from general gazetteers (ICU country names in every
  locale, geonames cities with their alternate names): Актау / Aktau, Русия / Russia;
- persons: the transliterated surname key; inside a block, full names cluster when surnames and
  first names agree (and grammatical gender does: Aliyev ≠ Aliyeva), and a bare surname joins
  the full name it follows in its own document, else the full name most documents use;
- everything else: the transliterated match key of the base form (ТАСС / TASS).
Analyst merges and splits (``Correction``) are applied on top and so survive every relink.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from storyline.link.context import LinkContext, MentionKey
from storyline.model import Entity, EntityMention, Mention
from storyline.names import cities, countries, country_name, fold, match_key, place_key, to_latin
from storyline.serde import stable_id
from storyline.unionfind import UnionFind

LATIN_LANGS = {"en", "cs", "pl", "sl", "sk", "hr", "de", "fr", "es", "it"}
SURNAME_SIMILARITY = 0.9
FIRST_NAME_SIMILARITY = 0.85
NAME_SIMILARITY = 0.93


@dataclass
class _Ref:
    key: MentionKey
    mention: Mention
    first: str  # first-name key ("" if none)
    surname: str  # last-token key
    full: str  # key of the whole base form


def _gender(surname: str) -> str:
    if surname.endswith(("ova", "eva", "ina", "yna", "ska", "cka", "kaya", "aya")):
        return "f"
    if surname.endswith(("ov", "ev", "in", "yn", "ski", "sky", "skiy", "cki")):
        return "m"
    return "?"


def _compatible(a: str, b: str, threshold: float) -> bool:
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return JaroWinkler.similarity(a, b) >= threshold


def _same_surname(a: str, b: str) -> bool:
    ga, gb = _gender(a), _gender(b)
    if "?" not in (ga, gb) and ga != gb:
        return False
    return a == b or JaroWinkler.similarity(a, b) >= SURNAME_SIMILARITY


def link_entities(ctx: LinkContext) -> None:
    uf = UnionFind()
    persons: dict[str, list[_Ref]] = defaultdict(list)
    keyed: dict[str, MentionKey] = {}
    for doc_id in sorted(ctx.analyses):
        for i, m in enumerate(ctx.analyses[doc_id].mentions):
            key = (doc_id, i)
            uf.find(key)
            base = m.base or m.text
            pkey = place_key(base) if m.type in ("LOC", "PER", "ORG") else None
            if pkey and (m.type == "LOC" or pkey.startswith("country:")):
                m.type = "LOC"
                block = pkey
            elif m.type == "PER":
                tokens = [match_key(t, m.lang) for t in base.split()]
                tokens = [t for t in tokens if t]
                if not tokens:
                    continue
                persons[tokens[-1][:3]].append(
                    _Ref(key, m, tokens[0] if len(tokens) > 1 else "", tokens[-1], " ".join(tokens))
                )
                continue
            else:
                block = f"{m.type}:{match_key(base, m.lang)}"
            if block in keyed:
                uf.union(keyed[block], key)
            else:
                keyed[block] = key
    for refs in persons.values():
        _link_persons(refs, uf)
    _link_similar_names(keyed, uf)
    clusters = _apply_corrections(ctx, uf)
    _build_entities(ctx, clusters)


def _link_similar_names(keyed: dict[str, MentionKey], uf: UnionFind[MentionKey]) -> None:
    """Organisations and unlisted places whose keys differ only by inflection or spelling
    ("dunaiska zoria" / "dunaiski zora"), compared only inside (type, first letters) blocks."""
    blocks: dict[str, list[tuple[str, MentionKey]]] = defaultdict(list)
    for block, key in keyed.items():
        kind, _, name = block.partition(":")
        if kind in ("ORG", "LOC", "EVT", "PRO") and len(name) >= 5:
            blocks[f"{kind}:{name[:3]}"].append((name, key))
    for names in blocks.values():
        for i, (a, ka) in enumerate(names):
            for b, kb in names[i + 1 :]:
                if len(a.split()) == len(b.split()) and JaroWinkler.similarity(a, b) >= NAME_SIMILARITY:
                    uf.union(ka, kb)


def _link_persons(refs: list[_Ref], uf: UnionFind[MentionKey]) -> None:
    full = [r for r in refs if r.first]
    # 1. full names with agreeing surnames and first names are one person
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if _same_surname(a.surname, b.surname) and _compatible(a.first, b.first, FIRST_NAME_SIMILARITY):
                uf.union(a.key, b.key)
    # 2. a bare surname follows the full name it refers back to, else the most used full name.
    # Roots are snapshotted first: attaching bare surnames moves union-find roots around.
    cluster_of = {f.key: uf.find(f.key) for f in full}
    docs_per_cluster: dict[MentionKey, set[str]] = defaultdict(set)
    for f in full:
        docs_per_cluster[cluster_of[f.key]].add(f.key[0])
    bare_groups: dict[str, MentionKey] = {}
    for r in sorted((r for r in refs if not r.first), key=lambda r: r.key):
        before = [
            f
            for f in full
            if f.key[0] == r.key[0]
            and f.mention.start < r.mention.start
            and _same_surname(f.surname, r.surname)
        ]
        if before:
            uf.union(max(before, key=lambda f: f.mention.start).key, r.key)
            continue
        candidates = {cluster_of[f.key] for f in full if _same_surname(f.surname, r.surname)}
        if candidates:
            uf.union(
                max(candidates, key=lambda c: (len(docs_per_cluster[c]), r.key[0] in docs_per_cluster[c], c)),
                r.key,
            )
            continue
        group = next((k for s, k in bare_groups.items() if _same_surname(s, r.surname)), None)
        if group is None:
            bare_groups[r.surname] = r.key
        else:
            uf.union(group, r.key)


def _apply_corrections(ctx: LinkContext, uf: UnionFind[MentionKey]) -> list[list[MentionKey]]:
    """Merges join the clusters holding the recorded mentions; splits move the recorded names
    (and any future mention with those names) out of the entity."""
    known = set(uf.parent)
    for fix in ctx.corrections:
        if fix.kind == "merge":
            groups = [[tuple(k) for k in g if tuple(k) in known] for g in fix.payload.get("mentions", [])]
            anchors = [g[0] for g in groups if g]
            for other in anchors[1:]:
                uf.union(anchors[0], other)
    clusters: dict[MentionKey, list[MentionKey]] = defaultdict(list)
    for key in sorted(known):
        clusters[uf.find(key)].append(key)
    result = list(clusters.values())
    for fix in ctx.corrections:
        if fix.kind != "split":
            continue
        anchor = {tuple(k) for k in fix.payload.get("mentions", [])}
        names = {fold(n) for n in fix.payload.get("names", [])}
        for cluster in list(result):
            if not anchor & set(cluster):
                continue
            moved = [k for k in cluster if fold(_mention(ctx, k).base or _mention(ctx, k).text) in names]
            if moved and len(moved) < len(cluster):
                result.remove(cluster)
                result += [[k for k in cluster if k not in moved], moved]
    return result


def _mention(ctx: LinkContext, key: MentionKey) -> Mention:
    return ctx.analyses[key[0]].mentions[key[1]]


def _display_name(mentions: list[Mention], etype: str) -> str:
    """Latin script where known: a Latin-script mention, else the country's or city's English
    name from the gazetteers, else a transliteration. Persons prefer full names."""
    bases = Counter(m.base or m.text for m in mentions)
    if etype == "LOC":
        for base, _ in bases.most_common():
            hit = countries().get(fold(base))
            if hit:
                return country_name(hit[0])
    ranked = sorted(
        bases.items(), key=lambda kv: (-(etype == "PER" and len(kv[0].split()) > 1), -kv[1], kv[0])
    )
    latin = [b for b, _ in ranked if all(ch.isascii() or not ch.isalpha() for ch in b)]
    if latin and (etype != "PER" or len(latin[0].split()) > 1 or len(ranked[0][0].split()) == 1):
        return latin[0]
    best = ranked[0][0]
    if etype == "LOC" and (city := cities().get(fold(best))):
        return city[1]
    lang = next((m.lang for m in mentions if (m.base or m.text) == best), None)
    name = to_latin(best, lang).replace("'", "")
    if etype == "PER" and latin and len(latin[0].split()) == 1 and len(name.split()) > 1:
        name = " ".join([*name.split()[:-1], latin[0]])  # the press spelling of the surname
    return name


def _build_entities(ctx: LinkContext, clusters: list[list[MentionKey]]) -> None:
    entities: list[Entity] = []
    used: set[str] = set()
    for keys in clusters:
        mentions = [_mention(ctx, k) for k in keys]
        etype = Counter(m.type for m in mentions).most_common(1)[0][0]
        name = _display_name(mentions, etype)
        eid = stable_id("e-", etype, fold(name))
        n = 1
        while eid in used:
            n += 1
            eid = stable_id("e-", etype, fold(name), n)
        used.add(eid)
        names: dict[str, list[str]] = defaultdict(list)
        for m in mentions:
            base = m.base or m.text
            if base not in names[m.lang or "und"]:
                names[m.lang or "und"].append(base)
        spans = [
            EntityMention(k[0], m.start, m.end, ctx.documents[k[0]].text[m.start : m.end], m.base, m.lang)
            for k, m in zip(keys, mentions, strict=True)
        ]
        entities.append(Entity(eid, etype, name, dict(names), spans))
        for k in keys:
            ctx.mention_entity[k] = eid
    entities.sort(key=lambda e: (-len({m.doc for m in e.mentions}), -len(e.mentions), e.name))
    ctx.entities = entities
