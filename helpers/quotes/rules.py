"""The rule registry: every decision of the quote extractor is a named rule.

A rule is a small function registered with a name, the step it belongs to and at least one
example sentence (an invented one) on which it makes the row it exists for, as HeidelTime
names its rules and scispaCy lists its patterns::

    @rule("inverted-name", "speaker", example="“We are ready,” said Kremlin spokesman Dmitry Peskov.")
    def _inverted_name(verb, depth, outside): ...

A rule that does not apply returns its neutral value (None, False or an empty list). When
it applies, its firing is counted; when it is switched off it returns the neutral value
without running, so the step goes on as if the rule were not there. Rules are switched off
per call (``extract(..., disabled={"inverted-name"})``) or for the process with the
``HELPERS_QUOTE_RULES_OFF`` setting (names separated by commas). ``counting()`` collects the
firings of a block of calls.
"""
from __future__ import annotations

import functools
import os
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional

OFF_SETTING = "HELPERS_QUOTE_RULES_OFF"


@dataclass(frozen=True)
class Rule:
    name: str
    step: str
    examples: tuple[str, ...]
    doc: str
    func: Callable[..., Any]
    #: what the example's row must contain: a speaker and / or a piece of its content
    speaker: Optional[str] = None
    content: Optional[str] = None


REGISTRY: dict[str, Rule] = {}
_disabled: ContextVar[frozenset[str]] = ContextVar("quote_rules_disabled", default=frozenset())
_counts: ContextVar[Optional[Counter]] = ContextVar("quote_rules_counts", default=None)


class _NoSpeaker:
    """A rule's verdict that a verb has no speaker we can tell: stop looking."""

    def __repr__(self) -> str:
        return "NO_SPEAKER"


NO_SPEAKER: Any = _NoSpeaker()


def rule(name: str, step: str, *, example: str | Iterable[str], speaker: Optional[str] = None,
         content: Optional[str] = None, neutral: Any = None) -> Callable[[Callable], Callable]:
    """Register the decorated function as rule ``name`` of ``step``; see the module docstring."""
    examples = (example,) if isinstance(example, str) else tuple(example)
    if not examples:
        raise ValueError(f"rule {name!r} needs an example")

    def register(func: Callable) -> Callable:
        if name in REGISTRY:
            raise ValueError(f"rule {name!r} is registered twice")

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            if name in _disabled.get():
                return neutral() if callable(neutral) else neutral
            out = func(*args, **kwargs)
            if out is not None and out is not False and not (isinstance(out, list) and not out):
                counts = _counts.get()
                if counts is not None:
                    counts[name] += 1
            return out

        REGISTRY[name] = Rule(name, step, examples, (func.__doc__ or "").strip(), run, speaker, content)
        return run

    return register


def from_setting() -> frozenset[str]:
    """The rules switched off by ``HELPERS_QUOTE_RULES_OFF``."""
    return frozenset(n.strip() for n in os.environ.get(OFF_SETTING, "").split(",") if n.strip())


@contextmanager
def switched_off(names: Iterable[str]) -> Iterator[None]:
    """Run the block with the rules ``names`` (and those of the setting) switched off."""
    names = frozenset(names) | from_setting()
    from .marks import GLUED_MARKS_RULE  # a tokenizer rule, applied when the pipeline is built

    unknown = names - set(REGISTRY) - {GLUED_MARKS_RULE}
    if unknown:
        raise ValueError(f"unknown quote rule(s): {', '.join(sorted(unknown))}")
    token = _disabled.set(names)
    try:
        yield
    finally:
        _disabled.reset(token)


@contextmanager
def counting() -> Iterator[Counter]:
    """Count the firings of every rule in the block (nested blocks count into their own)."""
    counts: Counter = Counter()
    token = _counts.set(counts)
    try:
        yield counts
    finally:
        _counts.reset(token)


def first(steps: Iterable[Callable[..., Any]], *args: Any) -> Any:
    """The first result of ``steps`` that is not None (a rule's neutral value), else None."""
    for step in steps:
        out = step(*args)
        if out is not None:
            return out
    return None
