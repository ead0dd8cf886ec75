"""Time-expression recognition on NEREL (Russian news, brat standoff) against its DATE spans.

    python -m eval.nerel_dates [--split dev|test|train|all] [--misses N]

Precision, recall and F1, with two matching rules: *exact* (same start and end) and *overlap*
(the spans share at least one character; each gold and each predicted span counts once). Both
are given against all DATE spans and against the point-in-time ones.

NEREL's DATE also holds durations ("два года", "в течение недели"), ages ("пятилетний"),
frequencies ("ежегодно") and vague times ("в последние годы", "недавно"), which storyline
deliberately does not turn into dates. The rule that separates **point-in-time** DATE spans (see
``point_in_time``): a span is point-in-time when it contains
1. a year number (1000–2099, also "1990-е", "2009г"), or
2. a day number with a month name, or a month or weekday name (noun forms, not "майских"), or
3. a deictic day word (сегодня, вчера, завтра, позавчера, послезавтра, накануне), or
4. a calendar unit (день, неделя, месяц, год, сутки, выходные) together with an anchoring word
   (назад, через, спустя, ранее, позже, прошлый, этот, следующий, текущий, минувший, будущий,
   тот же …): "год назад", "на прошлой неделе", "в тот же день", "через два дня";
and none of the duration markers ("в течение", "последние", "ближайшие", "каждый", "-летний").
Against point-in-time spans, precision counts every predicted expression: one that overlaps only
a duration is a false positive there.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes, lexicon
from storyline.model import Analysis

NEREL = Path(__file__).resolve().parents[2] / "shared" / "data" / "nerel"
Span = tuple[int, int]

UNITS = re.compile(r"\b(?:д(?:ень|ня|ней|нем|ню)|сут(?:ки|ок)|недел\w*|месяц\w*|год\w*|лет|выходн\w*)\b")
ANCHORS = re.compile(
    r"\b(?:назад|через|спустя|ранее|позже|позднее|прошл\w+|эт(?:от|ом|у|ой|и)|следующ\w+|текущ\w+|"
    r"минувш\w+|будущ\w+|т(?:от|ом|у|ой)\s+же|т(?:от|ом)|предыдущ\w+)\b"
)
DURATION = re.compile(r"течение|последни[еех]|ближайши[ех]|каждый|ежегодн|летн|дневн|годичн|протяжении")
DEICTIC = re.compile(r"\b(?:сегодня\w*|вчера\w*|завтра\w*|позавчера|послезавтра|накануне)\b")


def read_spans(ann: Path, label: str) -> list[tuple[int, int, str]]:
    out = []
    for line in ann.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0].startswith("T") and parts[1].startswith(label + " "):
            pieces = [tuple(map(int, p.split())) for p in parts[1].split(" ", 1)[1].split(";")]
            out.append((pieces[0][0], pieces[-1][1], parts[2]))
    return out


def point_in_time(text: str) -> bool:
    """The documented rule above: does this DATE span name a position in the calendar?"""
    low = text.lower()
    if DURATION.search(low):
        return False
    lex = lexicon("ru") or {}
    names = {w for group in lex["months"] + lex["weekdays"] for w in group.split()} | {"среда", "среды"}
    words = re.findall(r"\w+", low)
    return bool(
        re.search(r"(?<!\d)(?:1\d{3}|20\d{2})(?!\d)", low)
        or any(w in names for w in words)
        or DEICTIC.search(low)
        or (UNITS.search(low) and ANCHORS.search(low))
    )


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Score:
    """Counts for one gold subset: exact and overlap hits of predictions and of gold spans."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()

    def add(self, pred: list[Span], gold: list[Span]) -> None:
        gold_set = set(gold)
        self.c["pred"] += len(pred)
        self.c["gold"] += len(gold)
        self.c["pred_exact"] += sum(p in gold_set for p in pred)
        self.c["gold_exact"] += sum(g in set(pred) for g in gold)
        self.c["pred_overlap"] += sum(any(p[0] < g[1] and g[0] < p[1] for g in gold) for p in pred)
        self.c["gold_overlap"] += sum(any(p[0] < g[1] and g[0] < p[1] for p in pred) for g in gold)

    def row(self, name: str) -> str:
        c = self.c
        ex = prf(c["pred_exact"], c["pred"], c["gold_exact"], c["gold"])
        ov = prf(c["pred_overlap"], c["pred"], c["gold_overlap"], c["gold"])
        return (
            f"| {name} | {c['gold']} | {ex[0]:.3f} | {ex[1]:.3f} | {ex[2]:.3f} "
            f"| {ov[0]:.3f} | {ov[1]:.3f} | {ov[2]:.3f} |"
        )


def files_of(split: str) -> list[Path]:
    splits = ["train", "dev", "test"] if split == "all" else [split]
    return sorted(f for s in splits for f in (NEREL / s).glob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=["dev", "test", "train", "all"])
    parser.add_argument("--misses", type=int, default=0, help="print N missed point-in-time spans")
    args = parser.parse_args()
    files = files_of(args.split)
    every, point = Score(), Score()
    misses: list[str] = []
    spurious: list[str] = []
    chars = 0
    elapsed = 0.0
    for txt in files:
        text = txt.read_text("utf-8")
        chars += len(text)
        gold = read_spans(txt.with_suffix(".ann"), "DATE")
        started = time.perf_counter()
        found = find_timexes(text, Analysis(lang="ru", sentences=split_sentences(text)), None)
        elapsed += time.perf_counter() - started
        pred = [(t.start, t.end) for t in found]
        every.add(pred, [(s, e) for s, e, _ in gold])
        pit = [(s, e) for s, e, g in gold if point_in_time(g)]
        point.c["pred"] += 0  # precision against point-in-time counts every prediction (below)
        point.add(pred, pit)
        for s, e, g in gold:
            if point_in_time(g) and not any(p[0] < e and s < p[1] for p in pred):
                misses.append(f"{txt.stem}: {g!r} …{text[max(0, s - 30) : e + 30]!r}")
        for t in found:
            if not any(t.start < e and s < t.end for s, e, _ in gold):
                spurious.append(f"{txt.stem}: {t.text!r} …{text[max(0, t.start - 30) : t.end + 30]!r}")
    print(f"NEREL {args.split}: {len(files)} documents, {chars / max(elapsed, 1e-9) / 1000:.0f}k chars/s")
    print("| gold DATE spans | n | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 |")
    print("|---|---|---|---|---|---|---|---|")
    print(every.row("all"))
    print(point.row("point-in-time"))
    for label, items in (("missed point-in-time", misses), ("not in gold", spurious)):
        if args.misses:
            print(f"\n{label} ({len(items)}):")
            print("\n".join(items[: args.misses]))


if __name__ == "__main__":
    main()
