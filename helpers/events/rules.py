"""The rule registry: every event rule is named data.

A rule has a name, a kind (``sense``, ``modality``, ``agent``, ``dating``, ``target``), a one-line
description, example sentences with the row they must give, and a switch. The
extractor asks ``active(kind)`` for the rules of a kind, in registration order; the
first that answers wins. ``FIRED`` counts how often each rule answered, ``disabled``
switches rules off for a block (tests show each rule changes its own examples). A rule registered
with ``enabled=False`` is off by default (``default_on`` False: cross-validation on the training
articles, ``scripts/event_cv.py``, found it does not help); it stays documented data, and
``enabled_rules`` switches it on for a block.
"""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

KINDS = ("sense", "modality", "agent", "dating", "target")


@dataclass(frozen=True)
class Example:
    """An invented sentence, its actors (surface -> actor_id), the trigger word and the
    fields its row must have (``None``: the trigger gives no row)."""

    text: str
    actors: dict[str, str]
    trigger: str
    expect: Optional[dict[str, Any]]
    published: str = "2025-05-16"


@dataclass
class Rule:
    name: str
    kind: str
    doc: str
    fn: Callable
    examples: tuple[Example, ...] = field(default_factory=tuple)
    enabled: bool = True
    default_on: bool = True


REGISTRY: dict[str, Rule] = {}
FIRED: Counter = Counter()


def rule(name: str, kind: str, examples: tuple[Example, ...] = (), *, enabled: bool = True) -> Callable[[Callable], Callable]:
    """Register the decorated function as rule ``name`` of ``kind`` (off by default when ``enabled`` is False)."""
    if kind not in KINDS:
        raise ValueError(f"unknown rule kind {kind!r}")

    def register(fn: Callable) -> Callable:
        if name in REGISTRY:
            raise ValueError(f"rule {name!r} registered twice")
        REGISTRY[name] = Rule(name, kind, (fn.__doc__ or "").strip().split("\n")[0], fn, tuple(examples),
                              enabled, enabled)
        return fn
    return register


def active(kind: str) -> list[Rule]:
    return [r for r in REGISTRY.values() if r.kind == kind and r.enabled]


def first(kind: str, *args) -> tuple[Any, Optional[str]]:
    """The answer of the first active rule of ``kind`` that gives one (not None), and its name."""
    for r in active(kind):
        out = r.fn(*args)
        if out is not None:
            FIRED[r.name] += 1
            return out, r.name
    return None, None


def counts() -> dict[str, int]:
    """How many rules of each kind are registered."""
    return dict(Counter(r.kind for r in REGISTRY.values()))


@contextmanager
def _switched(names: tuple[str, ...], on: bool) -> Iterator[None]:
    missing = [n for n in names if n not in REGISTRY]
    if missing:
        raise KeyError(f"no such rules: {missing}")
    before = {n: REGISTRY[n].enabled for n in names}
    try:
        for n in names:
            REGISTRY[n].enabled = on
        yield
    finally:
        for n, was in before.items():
            REGISTRY[n].enabled = was


def disabled(*names: str):
    """Switch the named rules off inside the block."""
    return _switched(names, False)


def enabled_rules(*names: str):
    """Switch the named rules on inside the block (a rule off by default, ``default_on`` False)."""
    return _switched(names, True)
