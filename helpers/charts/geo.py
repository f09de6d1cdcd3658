"""Country extents for framing maps, read from the world outline the maps draw (``data/geo/world_110m.json``).

A map framed on country centres cuts off most of a large country (the United States' centre
is 25 degrees east of its west coast). ``country_extent`` gives the bounding box of a
country's largest polygon in the 1:110m topojson (ids are ISO 3166-1 alpha-3): the main body,
not far islands or territories (Alaska and Hawaii do not stretch a map of the United States
across the Pacific).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

#: room under a map (or a Sankey) for its note: it has no x-axis title, so none of the usual 90 px
#: is kept for one
MAP_BOTTOM = 30
TOPOJSON = Path(__file__).resolve().parents[2] / "data" / "geo" / "world_110m.json"


def _decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """The topojson's delta-encoded, quantised arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _box(rings: list, arcs: list) -> tuple[float, float, float, float]:
    pts = [p for ring in rings for i in ring for p in arcs[i if i >= 0 else ~i]]
    lons, lats = [p[0] for p in pts], [p[1] for p in pts]
    if max(lons) - min(lons) > 300:  # across the antimeridian (Chukotka): the western part continues past 180
        lons = [lon if lon >= 0 else lon + 360 for lon in lons]
    return min(lons), min(lats), min(max(lons), 180.0), max(lats)


@lru_cache(maxsize=1)
def country_extents() -> dict[str, tuple[float, float, float, float]]:
    """ISO3 -> (lon0, lat0, lon1, lat1) of the country's largest polygon."""
    try:
        topo = json.loads(TOPOJSON.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    arcs = _decode_arcs(topo)
    out = {}
    for g in topo["objects"]["countries"]["geometries"]:
        polygons = [g["arcs"]] if g.get("type") == "Polygon" else g.get("arcs", []) if g.get("type") == "MultiPolygon" \
            else []
        boxes = [_box(rings, arcs) for rings in polygons if rings]
        if g.get("id") and boxes:
            out[g["id"]] = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    return out


#: a country wider than this (degrees of longitude) is framed around its centre only, this wide
MAX_FRAME_WIDTH = 90.0


def country_extent(iso3: str, centre_lon: Optional[float] = None) -> Optional[tuple[float, float, float, float]]:
    """(lon0, lat0, lon1, lat1) to frame a country by; a very wide one (Russia) only ``MAX_FRAME_WIDTH``
    around ``centre_lon``, so naming Russia does not pull all of Siberia into a map of Ukraine."""
    box = country_extents().get(iso3)
    if box is None or centre_lon is None or box[2] - box[0] <= MAX_FRAME_WIDTH:
        return box
    half = MAX_FRAME_WIDTH / 2
    return max(box[0], centre_lon - half), box[1], min(box[2], centre_lon + half), box[3]


#: two groups of places further apart than this (degrees of longitude) get a map each: a main map and an inset
INSET_GAP = 45.0


def longitude_groups(spans: dict[str, tuple[float, float]], gap: float = INSET_GAP) -> list[list[str]]:
    """Items (id -> (west, east) longitude span) grouped where their spans come within ``gap`` degrees
    of each other, west to east. Two groups (say the United States and Europe) make a main map and an
    inset; one group needs no inset, and three or more are left to a world map."""
    groups: list[list[str]] = []
    east = None
    for key, (w, e) in sorted(spans.items(), key=lambda kv: kv[1]):
        if east is None or w - east > gap:
            groups.append([key])
        else:
            groups[-1].append(key)
        east = e if east is None or w - east > gap else max(east, e)
    return groups


def inset_split(spans: dict[str, tuple[float, float]], weights: dict[str, float]) -> Optional[tuple[list, list]]:
    """(main, inset) ids when the items fall in exactly two longitude groups: the heavier group (by
    ``weights``, e.g. mentions) is the main map; else None (one map frames everything)."""
    groups = longitude_groups(spans)
    if len(groups) != 2:
        return None
    a, b = groups
    heavy = sum(weights.get(k, 0) for k in a) >= sum(weights.get(k, 0) for k in b)
    return (a, b) if heavy else (b, a)
