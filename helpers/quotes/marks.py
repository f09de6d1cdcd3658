"""Quotation marks: a small state machine pairs them per paragraph, on plain strings (no spaCy).

Curly, straight and guillemet marks, single quotes nested inside double ones, apostrophes
told apart from closing marks; a paragraph that opens a quotation and does not close it runs
on into the next one when that opens with a mark of the same style; any other unbalanced mark
never crashes and never swallows the text after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

DOUBLE_OPEN = "“„«"


DOUBLE_CLOSE = "”»"


SINGLE_OPEN = "‘‹"


SINGLE_CLOSE = "’›"


OPENING_CONTEXT = " \t\n([{—–-/:;,"


CLOSING_FOLLOW = " \t\n.,;:!?)]}—–-…"


ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"

#: the tokenizer rule "glued-marks": a double quotation mark typed with no space between it and
#: the next word ("...,”Clinton said", "...over.”He left", "said“We", "“no”and") is split off as
#: its own token, and so is the comma or full stop before it, so that the word after the mark is
#: a word of its own (a speaker, a reporting verb, a sentence's first word). spaCy's infixes
#: split a mark only where a space stands on one side of it. Switched off with
#: ``HELPERS_QUOTE_RULES_OFF=glued-marks`` (read when the pipeline is built).
GLUED_MARKS_RULE = "glued-marks"
GLUED_MARKS = (r"(?<=[A-Za-z0-9])[.,!?](?=[”\"][A-Za-z])"  # the comma of ",”Clinton"
               r"|(?<=[.,!?])[”\"](?=[A-Za-z])"  # the mark of ",”Clinton", ".\"We"
               r"|(?<=[A-Za-z])[”“](?=[A-Za-z])")  # the marks of "said“We", "“no”and"
GLUED_MARKS_EXAMPLES = ("“We will win,”Clinton said.", "“It is over.”He left the room.")


def split_glued_marks(tokenizer, disabled: Iterable[str] = ()) -> bool:
    """Add the ``glued-marks`` infixes to a spaCy ``tokenizer``; False when the rule is off."""
    if GLUED_MARKS_RULE in set(disabled):
        return False
    old = tokenizer.infix_finditer.__self__.pattern if tokenizer.infix_finditer else None
    pattern = f"{old}|{GLUED_MARKS}" if old else GLUED_MARKS
    tokenizer.infix_finditer = re.compile(pattern).finditer
    return True


@dataclass(frozen=True)
class Quoted:
    """One top-level quotation: its marks and its content (marks and edge spaces excluded)."""

    open: int
    close: Optional[int]
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        return (self.close + 1) if self.close is not None else self.end


def _mark_role(text: str, i: int) -> Optional[tuple[str, str]]:
    """('open'|'close'|'either', 'double'|'single') for the character at ``i``, or None."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in DOUBLE_OPEN:
        if c == "“" and not prev.isspace() and prev not in OPENING_CONTEXT + ALL_MARKS and nxt in CLOSING_FOLLOW:
            return ("either", "double")  # "an “expedited review“ of ...": an opening mark typed as the closer
        return ("open", "double")
    if c in DOUBLE_CLOSE:
        if prev.isspace() and nxt.isalnum():
            return ("open", "double")  # "”Fear. I am afraid ...”": a closing mark typed as the opener
        return ("close", "double")
    if c == '"':
        opens = prev in OPENING_CONTEXT or prev in ALL_MARKS
        closes = not prev.isspace()
        if opens and not nxt.isspace():
            return ("open", "double")
        if closes:
            return ("close", "double")
        return ("either", "double")
    if c in SINGLE_OPEN or c == "'":
        # an apostrophe inside a word ("wasn't", "Clinton's") is no quotation mark
        if prev.isalnum() and (nxt.isalpha() or c in SINGLE_OPEN):
            return None
        if (prev in OPENING_CONTEXT or prev in ALL_MARKS) and nxt.isalnum():
            return ("open", "single")
        if c in SINGLE_OPEN:
            return None
        if not prev.isspace() and (nxt in CLOSING_FOLLOW or nxt in ALL_MARKS):
            return ("close", "single")
        return None
    if c in SINGLE_CLOSE:
        if not prev.isspace() and (nxt in CLOSING_FOLLOW or nxt in ALL_MARKS) and not nxt.isalpha():
            return ("close", "single")
        return None
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def quoted_spans(text: str, paragraphs: Optional[Iterable[tuple[int, int]]] = None) -> list[Quoted]:
    """Top-level quotations of ``text``, in reading order; never raises on unbalanced marks.

    ``paragraphs`` are (start, end) spans (default: lines). Double marks are the
    quotation; single marks count only outside double ones (nested quotes are content).
    """
    if paragraphs is None:
        paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    paragraphs = [p for p in paragraphs if p[1] > p[0]]
    found: list[Quoted] = []
    carry: Optional[int] = None  # an opening mark left open by the previous paragraph
    for pi, (ps, pe) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []  # (index, family) of open marks
        if carry is not None:
            first = ps
            role = _mark_role(text, first) if text[first] in ALL_MARKS else None
            if role and role[0] in ("open", "either") and role[1] == "double":
                stack.append((carry, "double"))
                first += 1
            else:
                _close_unbalanced(text, carry, paragraphs[pi - 1][1], found)
            carry = None
            i = first
        else:
            i = ps
        mark = len(found)
        start_stack = list(stack)
        nested = _scan(text, i, pe, stack, found, skip=())
        doubles = [o for o, f in stack if f == "double"]
        if doubles and nested and doubles[0] >= ps and not (
                pi + 1 < len(paragraphs) and _same_style(text[paragraphs[pi + 1][0]], text[doubles[0]])):
            # an opening mark never closed around balanced quotations is a stray: read on without it
            del found[mark:]
            stack = start_stack
            _scan(text, i, pe, stack, found, skip=(doubles[0],))
        doubles = [o for o, f in stack if f == "double"]
        if doubles:
            o = doubles[0]
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is not None and _same_style(text[nxt[0]], text[o]):
                carry = o
            else:
                _close_unbalanced(text, o, pe, found)
    if carry is not None:
        _close_unbalanced(text, carry, paragraphs[-1][1], found)
    found.sort(key=lambda q: q.open)
    return found


def _same_style(mark: str, opener: str) -> bool:
    """Does a paragraph opening with ``mark`` continue a quotation opened with ``opener``? Only
    in the same style: a straight-quoted block followed by a curly-quoted paragraph is two
    quotations, as when an article quotes another article that quotes people."""
    if opener == '"':
        return mark == '"'
    return mark in DOUBLE_OPEN


def _scan(text: str, i: int, pe: int, stack: list[tuple[int, str]], found: list[Quoted], *,
          skip: tuple[int, ...]) -> int:
    """Pair the marks of text[i:pe] onto ``stack``; returns how many nested pairs closed."""
    nested = 0
    while i < pe:
        c = text[i]
        if c in ALL_MARKS and i not in skip:
            role = _mark_role(text, i)
            if role is not None:
                kind, family = role
                inside_double = any(f == "double" for _, f in stack)
                if family == "single" and inside_double:
                    pass  # a nested quotation is part of the content
                elif family == "single" and kind == "close":
                    if stack and stack[-1][1] == "single":
                        o, _ = stack.pop()
                        if not stack:
                            _add(text, o, i, found)
                elif family == "single":
                    stack.append((i, "single"))
                elif kind == "close" or (kind == "either" and stack and stack[-1][1] == "double"):
                    while stack and stack[-1][1] == "single":
                        stack.pop()  # an unclosed single mark was an apostrophe
                    if stack:
                        o, _ = stack.pop()
                        if not stack:
                            _add(text, o, i, found)
                        else:
                            nested += 1
                else:
                    if stack and stack[-1][1] == "double" and text[i] == text[stack[-1][0]] == '"':
                        # two straight opening marks in a row: the first one was never closed
                        stack.pop()
                    stack.append((i, "double"))
        i += 1
    return nested


def _add(text: str, o: int, c: int, found: list[Quoted]) -> None:
    s, e = _trim(text, o + 1, c)
    if e > s:
        found.append(Quoted(o, c, s, e))


def _close_unbalanced(text: str, o: int, end: int, found: list[Quoted]) -> None:
    # a quotation whose closing mark is missing runs to its paragraph's end, but only
    # when it opens a paragraph or follows a colon or comma; a stray mark is dropped
    before = text[:o].rstrip(" \t")
    if before and before[-1] not in "\n:," and not _is_paragraph_start(text, o):
        return
    s, e = _trim(text, o + 1, end)
    if e > s:
        found.append(Quoted(o, None, s, e))


def _is_paragraph_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"
