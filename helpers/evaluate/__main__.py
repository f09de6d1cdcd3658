"""``python -m helpers.evaluate quotes|times|tone|gold|anchoring [--data PATH]``: accuracy on a development set.

Each scorer lives in its own module (``helpers.evaluate.quotes`` and so on) with a
``main(argv) -> int``; every run prints our figures and a common baseline side by side.
"""
from __future__ import annotations

import importlib
import sys

SCORERS = ("quotes", "times", "tone", "gold", "anchoring")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SCORERS:
        print(f"usage: python -m helpers.evaluate {{{','.join(SCORERS)}}} --data PATH [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(f"helpers.evaluate.{argv[0]}")
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
