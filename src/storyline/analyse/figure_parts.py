"""Parts of a count: which counts of a sentence cover only some of those counted, and who.

A part gets a ``subgroup`` (a short note: "children", "on the ground", "in Teruel", "of them",
the words of a list item such as "Hungarians") and never stands for the total. What makes one:
- a part marker before it in its clause ("including", "dont", "darunter", "среди погибших") or
  "of them" after it, where it counts what the group it is taken from counts: "61 killed,
  including 19 children" (19 dead), "among the 85 passengers were 64 Chileans" (64
  passengers). A count "of them" with an attribute of its own is the whole count of that
  attribute: in "19 rescued, two of them in hospital" the two are all the hospitalised;
- a number that goes on a list of parts ("…, 11 en la costa, 4 en Teruel"), or a list of
  bare counts whose sum fits within the count before them ("212 passengers: 120 Austrians,
  80 Hungarians and 12 Slovenes");
- a state ("two of them in critical condition": always a part of the injured);
- where they were when it is "on the ground" (the dead of a crash on board are the others);
- who they are ("children", "foreigners") where the sentence also counts the same attribute
  otherwise: "41 children in hospital" alone is all the hospitalised.
A count said to be the whole ("in all", "insgesamt", "au total") is never a part. Places split
a total across the document (``figure_places``); here only the place said with a count is found.
"""

from __future__ import annotations

from storyline.analyse.figure_counted import counts_no_people
from storyline.analyse.figure_lexicon import BOUNDARY, Candidate, Lexicon, stops
from storyline.analyse.figure_places import Place, stem
from storyline.analyse.phrases import PhraseList, Token
from storyline.names import fold

NEAR_AFTER = 3  # tokens after the counted words where "in <place>" still says where the count was


def mark_parts(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    cands: list[Candidate],
    recent: str | None,
    places: list[Place],
) -> None:
    """Set ``subgroup`` (and the attribute a part takes from its group) on the sentence's counts;
    ``recent`` is what the sentence right before counted last ("Among them, 3 children.")."""
    for c in cands:
        c.total = _said_total(toks, lex, c)
    _places(text, toks, lex, cands, places)
    _bracketed(toks, lex, cands)
    _lists(toks, lex, cands)
    whole: str | None = None  # what the nearest whole count before counts
    prev: Candidate | None = None
    for n, c in enumerate(cands):
        if c.how == "thing":
            continue
        if c.subgroup:  # a list item
            prev = c
            continue
        j = c.last + 1
        who = _part_noun(toks, lex.parts, j, lex)
        of_them = lex.of_them.match(toks, j)
        marker = c.marker if c.marker and not _group_of_part(toks, lex, c) else None
        place = c.place if c.place_near else None
        where = _where(toks, lex, c)
        ante: str | None = None
        if marker or of_them:
            ante = (
                (_marker_attribute(toks, lex, c) if marker else None) or whole or (recent if n == 0 else None)
            )
        elif prev is not None and prev.subgroup and prev.how != "state" and _listed(toks, lex, c):
            ante = prev.attribute if c.attribute is None else None
        elif (
            c.attribute is None
            and prev is not None
            and whole
            and place
            and _listed_place(toks, lex, c, place)
            and not counts_no_people(toks, lex, c)
        ):
            ante = whole  # "в Гърция жертвите са над 40, а в Албания 17"
        own = c.attribute if c.how not in ("", "context", "part") else None
        if ante and not c.total and (own is None or own == ante or c.how == "state"):
            if own is None:
                c.attribute, c.how = ante, "part"
                c.hi = max(c.hi, who[1] if who else j + (of_them[0] if of_them else 0))
            c.subgroup = (
                (who[0] if who else None)
                or where
                or ("in " + place.label if place else None)
                or (_where_words(toks, lex, j) if c.how == "part" else None)
                or (_item_words(toks, lex, j) if c.how == "part" else None)
                or ("critical condition" if c.how == "state" else None)
                or ("of them" if of_them else marker)
            )
        elif c.how == "state":
            c.subgroup = "critical condition"
        elif c.attribute and where == "on the ground":
            c.subgroup = where
        elif c.attribute and who and not c.total and _counted_otherwise(cands, c):
            c.subgroup = who[0]
        elif c.attribute == "crew" and not c.total and (kind := _part_noun(toks, lex.crew_parts, j, lex)):
            c.subgroup = kind[0]  # "2 pilots": a part of the crew, whatever else the text counts
        if c.attribute == "dead" and not c.subgroup and _bodies(toks, lex, c):
            c.subgroup = "bodies"  # the dead found so far, not the toll
        if c.attribute and c.subgroup in (None, "bodies"):
            whole = c.attribute  # (the bodies found are a group a part may be taken from too)
        prev = c
    _place_lists(toks, lex, cands)


def _place_lists(toks: list[Token], lex: Lexicon, cands: list[Candidate]) -> None:
    """ "74 died in Teruel, 12 in Huesca and 5 in the capital", "45 died in all, 30 in Lyon and 15
    in Nice": counts listed one after another, each said with where it was, split one count by
    place — each is a part; a bare number takes the attribute of the count before it."""
    head: Candidate | None = None  # the count a list of bare numbers goes on from
    run: list[tuple[Candidate, str]] = []

    def close() -> None:
        if len(run) < 2 and all(item.attribute is not None for item, _ in run):
            return
        attribute = run[0][0].attribute or (head.attribute if head is not None else None)
        for item, label in run:
            if attribute is None:
                return
            if item.attribute is None:
                item.attribute, item.how = attribute, "part"
            item.subgroup = item.subgroup or label

    for c in cands:
        where = None
        if c.how != "thing" and not c.total and (not c.subgroup or c.subgroup.startswith("in ")):
            near = "in " + c.place.label if c.place and c.place_near else None
            where = near or _where_words(toks, lex, c.last + 1)
        group = run[0][0].attribute if run else (head.attribute if head is not None else None)
        # ("…, two rural zones in the Upper Range": a count of its own noun, no people, is no item)
        fits = not counts_no_people(toks, lex, c) if c.attribute is None else c.attribute == group
        if where and (run or head is not None) and _listed(toks, lex, c) and fits:
            if run or c.attribute is None:
                run.append((c, where))
                continue
        close()
        run = [(c, where)] if where and c.attribute else []
        head = c if c.attribute and c.how != "thing" else None
    close()


def _bodies(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """ "the bodies of 9 sailors", "37 bodies", "тела пяти горняков": the counted word is bodies."""
    around = [*range(max(c.lo, c.first - 4), c.first), *range(c.last + 1, max(c.noun_end, c.last + 2))]
    return any(k < len(toks) and lex.bodies.match(toks, k) for k in around)


def _bracketed(toks: list[Token], lex: Lexicon, cands: list[Candidate]) -> None:
    """ "Most of the dead were in Alvor (312) and Setúbal (97)": a bare number in brackets
    after a place counts what the sentence named before the place."""
    for c in cands:
        if c.attribute is not None or not c.place_near or c.place is None:
            continue
        if not (
            c.first
            and toks[c.first - 1].low == "("
            and c.last + 1 < len(toks)
            and toks[c.last + 1].low == ")"
        ):
            continue
        for k in range(c.place.first - 1, -1, -1):
            if toks[k].kind == "num":
                break
            hit = lex.nouns.match(toks, k)
            if hit and hit[1] != "generic":
                c.attribute, c.how = hit[1], "part"
                break


def _lists(toks: list[Token], lex: Lexicon, cands: list[Candidate]) -> None:
    """ "The bus carried 212 passengers: 120 Austrians, 80 Hungarians and twelve Slovenes":
    bare counts listed one after another whose sum fits within a count before them in
    the sentence are its parts (of whom the words after each number say who)."""
    n = 0
    while n < len(cands):
        if cands[n].attribute is not None:
            n += 1
            continue
        run = [n]
        while (
            run[-1] + 1 < len(cands)
            and cands[run[-1] + 1].attribute is None
            and _listed(toks, lex, cands[run[-1] + 1])
            and toks[cands[run[-1] + 1].first - 1].low != "("
        ):
            run.append(run[-1] + 1)
        items = [cands[k] for k in run]
        if (
            len(items) >= 2
            and items[0].attribute is None
            and all(_item_words(toks, lex, c.last + 1) for c in items)
        ):
            group = next(
                (g for g in reversed(cands[:n]) if g.attribute and g.how != "thing" and not g.subgroup), None
            )
            if group is not None and sum(c.value for c in items) <= group.value:
                for c in items:
                    c.attribute, c.how = group.attribute, "part"
                    c.subgroup = _item_words(toks, lex, c.last + 1)
                    c.hi = max(c.hi, c.last + 1 + len((c.subgroup or "").split()))
        n = run[-1] + 1


def _counted_otherwise(cands: list[Candidate], c: Candidate) -> bool:
    """Another count of the same attribute in the sentence ("61 killed, 19 of them children";
    "five children and two adults died")."""
    return any(o is not c and o.attribute == c.attribute and o.how != "thing" for o in cands)


def _part_noun(toks: list[Token], words: PhraseList, j: int, lex: Lexicon) -> tuple[str, int] | None:
    """(label, end) of a word of ``words`` for who a part count covers, right after the number or
    past one adjective: "3 children", "трое детей", "41 Kinder", "12 foreign nationals"."""
    for k in (j, j + 1):
        hit = words.match(toks, k) if k < len(toks) else None
        if hit:
            return hit[1], k + hit[0]
        if k >= len(toks) or toks[k].kind != "w" or stops(toks, lex, k):
            return None
    return None


def _item_words(toks: list[Token], lex: Lexicon, j: int) -> str | None:
    """The one or two words that say who a list item is ("Hungarians", "Chilean nationals",
    "чилеанских држављана"); None where a function word or punctuation follows the number."""
    words: list[str] = []
    k = j
    while k < len(toks) and len(words) < 2 and toks[k].kind == "w" and toks[k].low not in BOUNDARY:
        if (
            stops(toks, lex, k)
            or lex.preps.match(toks, k)
            or lex.at.match(toks, k)
            or lex.subgroup.match(toks, k)
        ):
            break
        if lex.units.match(toks, k) or len(toks[k].low) < 3:
            break  # "11 ч.", "13 h": a unit, no one
        words.append(toks[k].low)
        k += 1
        if k < len(toks) and (toks[k].low in BOUNDARY or lex.conj.match(toks, k)):
            break
    return " ".join(words) or None


def _group_of_part(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """ "among the 85 passengers were 64 Chileans": a number right after the marker with its own
    counted noun is the group the part is taken from, not the part."""
    k = c.lo - 1
    if k >= 0 and toks[k].low in lex.determiners:
        k -= 1
    return k >= 0 and bool(lex.subgroup.match_ending(toks, k)) and bool(lex.nouns.match(toks, c.last + 1))


def _marker_attribute(toks: list[Token], lex: Lexicon, c: Candidate) -> str | None:
    """What the group a part is taken from counts, where the marker names it: "Среди погибших –
    трое детей", "the passengers included 64 …"."""
    k = c.lo - 1
    while k >= 0 and toks[k].low not in BOUNDARY and toks[k].kind != "num":
        if hit := lex.subgroup.match(toks, k):
            after = k + hit[0]
            if after < len(toks) and toks[after].low in lex.determiners:
                after += 1
            noun = lex.nouns.match(toks, after)
            before = lex.nouns.match_ending(toks, k - 1) if k else None
            for found in (noun, before):
                if found and found[1] != "generic":
                    return found[1]
            return None
        k -= 1
    return None


def _where(toks: list[Token], lex: Lexicon, c: Candidate) -> str | None:
    """ "on board", "on the ground" said right after the count or its counted words."""
    k = c.last + 1
    while k < len(toks) and k <= c.last + 1 + NEAR_AFTER:
        if hit := lex.where.match(toks, k):
            return hit[1]
        if toks[k].kind != "w" or toks[k].low in BOUNDARY:
            return None
        k += 1
    return None


def _where_words(toks: list[Token], lex: Lexicon, j: int) -> str | None:
    """ "en la costa", "al barrio del puerto": a locative preposition right after a bare number
    and the words up to the next comma (four at most)."""
    hit = lex.at.match(toks, j)
    if not hit:
        return None
    k = j + hit[0]
    words = []
    while k < len(toks) and toks[k].kind == "w" and toks[k].low not in BOUNDARY and len(words) < 4:
        words.append(toks[k].low)
        k += 1
    return "in " + " ".join(words) if words else None


def _listed(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """The number continues a list: a comma, "and", a colon or a bracket right before it (or
    before its qualifier: ", more than 12")."""
    k = c.first - 1
    if k >= 0 and (qual := lex.qualifiers.match_ending(toks, k)):
        k -= qual[0]
    return k >= 0 and (toks[k].low in (",", ";", ":", "(") or bool(lex.conj.match(toks, k)))


def _listed_place(toks: list[Token], lex: Lexicon, c: Candidate, place: Place) -> bool:
    """A place opens the list item and the number follows it: ", а в Турция 284"."""
    if place.last != c.lo - 1:
        return False
    k = place.first - 1
    if k >= 0 and lex.at.match_ending(toks, k):
        k -= lex.at.match_ending(toks, k)[0]  # type: ignore[index]
    return k >= 0 and (toks[k].low in (",", ";", ":") or bool(lex.conj.match(toks, k)))


def _said_total(toks: list[Token], lex: Lexicon, c: Candidate) -> bool:
    """ "in all", "a total of", "insgesamt", "au total" in the count's clause."""
    k = c.lo - 1
    while k >= 0 and k >= c.lo - 10 and toks[k].low not in BOUNDARY and toks[k].kind != "num":
        if lex.total.match_ending(toks, k):
            return True
        k -= 1
    k = c.last + 1
    while k < len(toks) and k <= c.last + 4 and toks[k].low not in BOUNDARY and toks[k].kind != "num":
        if lex.total.match(toks, k):
            return True
        k += 1
    return False


def _topic(text: str, toks: list[Token], lex: Lexicon, places: list[Place]) -> Place | None:
    """A place the sentence opens with ("In Moldova, …", "Braga, in the north of …"): where
    its counts were unless one names its own."""
    if not places:
        return None
    p = places[0]
    hit = lex.at.match(toks, 0)
    if p.first == (hit[0] if hit else 0) and (hit or _anchored(text, toks, lex, p)):
        return p
    return None


def _anchored(text: str, toks: list[Token], lex: Lexicon, p: Place) -> bool:
    """Whether a place is said as where something happened, not as a name's part or a source:
    after "in" ("in the province of X"), with a locative ending ("Yunanistan'da"), as the adjective
    of whose count it is ("the Tunisian authorities said …"), or opening a clause before a comma
    or a word in lower case ("…, Thailand recorded 4 dead")."""
    if p.adjective:
        return True
    for k in range(max(0, p.first - 3), p.first):
        if lex.at.match(toks, k) and all(
            toks[n].kind == "w" and toks[n].low not in BOUNDARY for n in range(k, p.first)
        ):
            return True
    if lex.locative and toks[p.last].low.endswith(lex.locative):
        return True
    k = p.first - 1
    opens = k < 0 or toks[k].low in (",", ";", ":", "—", "–") or bool(lex.conj.match(toks, k))
    nxt = p.last + 1
    lower = nxt < len(toks) and (
        toks[nxt].low in (",", ":") or (toks[nxt].kind == "w" and not text[toks[nxt].start].isupper())
    )
    return opens and lower


def _places(text: str, toks: list[Token], lex: Lexicon, cands: list[Candidate], places: list[Place]) -> None:
    """Where each count was, where the sentence says: with the count itself (``_near``), else the
    place the sentence opens with, else a place named between the count before and this one
    ("Naypyidaw recorded 511 dead …, followed by Sagaing with 471"), else — for a count listed
    right after another ("61 dead, 218 injured") — that count's place. A place named further
    back says nothing of this count."""
    prev: Candidate | None = None
    for c in cands:
        # a place inside the count's own words is none (a capitalised "at least" taken for a name)
        qual = lex.qualifiers.match_ending(toks, c.first - 1) if c.first else None
        own_lo = c.first - (qual[0] if qual else 0)
        around = [p for p in places if p.last < own_lo or p.first > c.last]
        topic = _topic(text, toks, lex, around)
        near = _near(text, toks, lex, c, around)
        since = prev.last if prev is not None else -1
        own = [p for p in around if since < p.first and p.last < c.first]
        if near is not None:
            c.place, c.place_near = near, True
        elif own and not _coordinated_places(toks, lex, own) and _anchored(text, toks, lex, own[-1]):
            c.place = own[-1]
        elif topic is not None and topic.last < c.first and not (own and _coordinated_places(toks, lex, own)):
            c.place = topic
        elif prev is not None and not own:
            c.place = prev.place  # "… 1 840 dead and 6 120 injured": the sentence goes on
        prev = c


def _coordinated_places(toks: list[Token], lex: Lexicon, places: list[Place]) -> bool:
    """ "the storm that struck Moldova and Romania … 19": a count of all the places named."""
    if len(places) < 2:
        return False
    a, b = places[-2], places[-1]
    between = range(a.last + 1, b.first)
    return all(toks[n].low in (",", "/") or lex.conj.match(toks, n) for n in between)


def _near(text: str, toks: list[Token], lex: Lexicon, c: Candidate, places: list[Place]) -> Place | None:
    """The place said right with a count: "in <place>" after the counted words (or after a verb
    of one or two words), a place right before the number ("в Албания 17"), the place a
    bracketed number follows ("Al-Haouz (1.293)"). After "in", capitalised words the recogniser
    left out are a place too ("7 died in Trás-os-Montes")."""
    starts = {p.first: p for p in places}
    ends = {p.last: p for p in places}
    suffixed = not lex.at.entries  # languages that say "in" with an ending: "Yunanistan'da 17"
    k = c.last + 1
    while k < len(toks) and k <= max(c.last + 1 + NEAR_AFTER, c.hi):
        if toks[k].low in BOUNDARY or toks[k].kind == "num" or lex.conj.match(toks, k):
            break  # (", 12 in Huesca": the next item's place)
        if hit := lex.at.match(toks, k):
            for n in range(k + hit[0], min(k + hit[0] + 3, len(toks))):
                if n in starts:
                    return starts[n]
                if toks[n].kind != "w" or toks[n].low in BOUNDARY:
                    break
            if (name := _capitalised(text, toks, k + hit[0])) is not None:
                return name
        elif suffixed and k in starts:
            return starts[k]
        k += 1
    k = c.lo - 1
    if k in ends and (suffixed or lex.at.match_ending(toks, ends[k].first - 1)):
        return ends[k]
    if k >= 1 and toks[k].low == "(" and c.last + 1 < len(toks) and toks[c.last + 1].low == ")":
        if (k - 1) in ends:
            return ends[k - 1]
        n = k - 1  # "à Alvor (312)": capitalised words after "in" the recogniser left out
        while n > 0 and toks[n - 1].kind == "w" and text[toks[n - 1].start].isupper() and n > k - 3:
            n -= 1
        if n >= 1 and lex.at.match_ending(toks, n - 1) and (name := _capitalised(text, toks, n)):
            return name
    return None


def _capitalised(text: str, toks: list[Token], k: int) -> Place | None:
    """Capitalised words from token k (a name joined by hyphens counts as one): "Trás-os-Montes",
    "Nova Gorica"; None in a script without capitals or where the first word is in lower case."""
    n = k
    while n < len(toks) and toks[n].kind == "w" and text[toks[n].start].isupper() and n < k + 3:
        n += 1
    if n == k:
        return None
    label = text[toks[k].start : toks[n - 1].end]
    return Place(k, n - 1, label, "name:" + stem(fold(label)))
