"""The entity co-occurrence graph: the most-mentioned entities as nodes (area ∝ mentions), an edge
where two of them appear in the same document (width ∝ shared documents).

The layout is a few hundred steps of Fruchterman–Reingold computed here, from a circle, with no
randomness: the same dossier always draws the same picture, and the page needs no layout script.
"""

from __future__ import annotations

import math
from itertools import combinations
from typing import Any

from storyline.export.report_format import esc
from storyline.export.report_index import ReportIndex
from storyline.unionfind import UnionFind

MAX_NODES = 40
MAX_EDGES = 160
WIDTH = 1000
PAD = 50
GRAVITY = 0.2
TYPE_COLOURS = {"PER": "#0072b2", "ORG": "#d55e00", "LOC": "#009e73", "EVT": "#cc79a7", "PRO": "#8c6d1f"}


def cooccurrence(
    entities: list[dict[str, Any]], max_nodes: int = MAX_NODES
) -> tuple[list[dict[str, Any]], list[tuple[int, int, int]]]:
    """The top entities by mentions and the (i, j, shared documents) edges between them."""
    ranked = sorted(
        (e for e in entities if e.get("mentions")), key=lambda e: (-len(e["mentions"]), e.get("name", ""))
    )[:max_nodes]
    docs = [{m.get("doc") for m in e["mentions"]} for e in ranked]
    edges = [
        (i, j, len(docs[i] & docs[j])) for i, j in combinations(range(len(ranked)), 2) if docs[i] & docs[j]
    ]
    edges.sort(key=lambda edge: (-edge[2], edge[0], edge[1]))
    return ranked, edges[:MAX_EDGES]


def layout(n: int, edges: list[tuple[int, int, int]], iterations: int = 300) -> list[tuple[float, float]]:
    """Positions in the unit square."""
    if n == 0:
        return []
    if n == 1:
        return [(0.5, 0.5)]
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(4.0 / n)  # ideal distance in a 2×2 box
    heaviest = max((w for _, _, w in edges), default=1)
    temperature = 0.2
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d2 = max(dx * dx + dy * dy, 1e-6)
                force = k * k / d2  # repulsion k²/d, applied along (dx, dy)/d
                disp[i][0] += dx * force
                disp[i][1] += dy * force
                disp[j][0] -= dx * force
                disp[j][1] -= dy * force
        for i, j, w in edges:
            dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
            d = max(math.hypot(dx, dy), 1e-3)
            force = d / k * (0.5 + w / heaviest)  # attraction d²/k, stronger for often-together pairs
            disp[i][0] -= dx * force
            disp[i][1] -= dy * force
            disp[j][0] += dx * force
            disp[j][1] += dy * force
        for i in range(n):
            # gravity towards the centre keeps unconnected nodes and small components from
            # drifting off and squeezing the rest of the drawing into a corner
            disp[i][0] -= pos[i][0] * GRAVITY
            disp[i][1] -= pos[i][1] * GRAVITY
            length = math.hypot(*disp[i]) or 1.0
            step = min(length, temperature)
            pos[i][0] += disp[i][0] / length * step
            pos[i][1] += disp[i][1] / length * step
        temperature = max(0.005, temperature * 0.985)
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-6)
    return [((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for p in pos]


def components(n: int, edges: list[tuple[int, int, int]]) -> list[list[int]]:
    """Connected components, largest first (ties by lowest node)."""
    sets = UnionFind(range(n))
    for i, j, _ in edges:
        sets.union(i, j)
    return sets.groups()


def packed_layout(n: int, edges: list[tuple[int, int, int]]) -> tuple[list[tuple[float, float]], float]:
    """Each component laid out on its own, in a square cell of side ∝ √size, cells packed in rows.
    Laid out together, a second story's entities would repel the first's into a corner.
    Returns positions in a box of width 1 and the box's height."""
    edges = _backbone(n, edges)
    comps = components(n, edges)
    sides = [math.sqrt(len(c)) for c in comps]
    # the row width that gives the most nearly square drawing (then the flattest)
    candidates = {max(sides)} | {sum(sides[: i + 1]) for i in range(len(sides))}
    width, cells = min(
        ((w, _shelves(sides, w)) for w in candidates),
        key=lambda c: (max(c[0], c[1][1]), c[1][1]),
    )
    positions: list[tuple[float, float]] = [(0.0, 0.0)] * n
    for comp, side, (x, y) in zip(comps, sides, cells[0], strict=True):
        local = {old: new for new, old in enumerate(comp)}
        sub = [(local[i], local[j], w) for i, j, w in edges if i in local]
        inset = 0.12 * side if len(comp) > 1 else 0.5 * side  # a lone node sits in its cell's centre
        scale = side - 2 * inset
        for old, (px, py) in zip(comp, layout(len(comp), sub), strict=True):
            positions[old] = (x + inset + px * scale, y + inset + py * scale)
    width = max(width, 1e-6)
    return [(px / width, py / width) for px, py in positions], cells[1] / width


def _backbone(n: int, edges: list[tuple[int, int, int]], per_node: int = 3) -> list[tuple[int, int, int]]:
    """Each node's strongest few edges: in a story where everyone co-occurs with everyone, laying
    out all edges pulls the nodes into one knot; the backbone keeps them apart and still close
    to their strongest partners. (All edges are drawn; only the layout uses the backbone.)"""
    ranked: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]
    for edge in sorted(edges, key=lambda e: (-e[2], e[0], e[1])):
        ranked[edge[0]].append(edge)
        ranked[edge[1]].append(edge)
    return sorted({edge for node in ranked for edge in node[:per_node]})


def _shelves(sides: list[float], width: float) -> tuple[list[tuple[float, float]], float]:
    """Cell corners when squares of these sides are put in rows no wider than ``width``."""
    corners = []
    x = y = row_height = 0.0
    for side in sides:
        if x > 0 and x + side > width + 1e-9:
            x, y, row_height = 0.0, y + row_height, 0.0
        corners.append((x, y))
        x += side
        row_height = max(row_height, side)
    return corners, y + row_height


def graph_svg(index: ReportIndex) -> str:
    nodes, edges = cooccurrence(index.entities)
    if not nodes:
        return '<p class="muted">No entities.</p>'
    positions, aspect = packed_layout(len(nodes), edges)
    most = max(len(e["mentions"]) for e in nodes)
    heaviest = max((w for _, _, w in edges), default=1)
    inner = WIDTH - 2 * PAD
    height = round(inner * aspect + 2 * PAD)
    xy = [(PAD + px * inner, PAD + py * inner) for px, py in positions]
    out = [
        f'<svg class="graph" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-label="Entity co-occurrence graph">'
    ]
    for i, j, w in edges:
        (x1, y1), (x2, y2) = xy[i], xy[j]
        out.append(
            f'<line class="g-edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{0.8 + 3.2 * w / heaviest:.2f}"><title>{esc(nodes[i]["name"])} — '
            f"{esc(nodes[j]['name'])}: {w} shared document{'s' if w != 1 else ''}</title></line>"
        )
    for (x, y), entity in zip(xy, nodes, strict=True):
        count = len(entity["mentions"])
        r = 4 + 14 * math.sqrt(count / most)
        key = index.register(f"e:{entity['id']}", f"{entity['type']} {entity['name']}", entity["mentions"])
        anchor, dx = ("end", -r - 3) if x > WIDTH - 160 else ("start", r + 3)
        out.append(
            f'<g class="g-node" data-item="{esc(key)}" tabindex="0" role="button">'
            f"<title>{esc(entity['name'])} ({esc(entity['type'])}): {count} mentions</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{TYPE_COLOURS.get(entity["type"], "#777")}"/>'
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{esc(entity["name"])}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)
