"""The command line: ``python -m helpers analyze|tone|verify ...`` (see CONTRACT.md, docs/corpus.md).

Unusable input ends with exit status 2 and one line on stderr, never a traceback.
Doubtful input (bytes that are not UTF-8, a language other than English) is
analysed, with one ``warning:`` line on stderr. In a run over several articles a
bad one is reported as a ``skipped:`` line and the others still come out. A bug
(an exception that is not about the input) ends with exit status 1 and one
``internal error`` line; ``HELPERS_DEBUG=1`` shows the traceback instead.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

from .article import InputError, check_date, iter_inputs, load_one
from .records import ErrorRow

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2
DEBUG_SETTING = "HELPERS_DEBUG"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other bad input
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m helpers", description="Turn news articles into tables.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    a = sub.add_parser("analyze", help="articles in, the contract's tables out")
    a.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md/.html file, folder, URL or -")
    a.add_argument("--published", help="publication date, YYYY-MM-DD (wins over the sidecar)")
    a.add_argument("--title")
    a.add_argument("--source")
    a.add_argument("--language", help="ISO 639-1 code (en, de, ...); wins over the sidecar and detection")
    a.add_argument("--out", type=Path, help="write every table to DIR/NAME.FORMAT")
    a.add_argument("--format", choices=("json", "csv", "parquet"), default="json")
    a.add_argument("--workers", type=int, default=1, help="processes for a corpus run (with --out)")
    a.add_argument("--engine", choices=("local", "dask"), default="local")
    a.add_argument("--scheduler", help="address of a running Dask scheduler (with --engine dask)")
    a.add_argument("--batch-size", type=int, default=16)
    a.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    a.add_argument("--metadata", type=Path,
                   help="CSV/TSV giving each article its date, title and source (with --out; default: "
                        "a metadata.tsv in or above the input folder, PolNeAR's layout)")
    a.add_argument("--follow-symlinks", action="store_true",
                   help="also read links that point outside the input folder")

    v = sub.add_parser("verify", help="check a corpus run's output; redo the articles of missing or corrupt parts")
    v.add_argument("out", type=Path, metavar="OUT")
    v.add_argument("--no-redo", action="store_true", help="only report and drop broken parts")
    v.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    t = sub.add_parser("tone", help="tone of a sentence toward a marked span")
    t.add_argument("input", help='JSON Lines of {"text", "start", "end"}, or - for stdin')
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "tone":
            return _tone(args)
        if args.command == "verify":
            return _verify(args)
    except InputError as exc:
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: still one line, unless debugging
        if os.environ.get(DEBUG_SETTING):
            raise
        print(f"error: internal error ({_describe(exc)}); {DEBUG_SETTING}=1 shows the traceback",
              file=sys.stderr)
        return EXIT_INTERNAL
    return EXIT_BAD_INPUT


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {_one_line(exc)}"[:500]


def _analyze(args: argparse.Namespace) -> int:
    if args.published:
        check_date(args.published, name="--published")
    if args.format != "json" and args.out is None:
        raise InputError(f"--format {args.format} writes files: add --out DIR")
    if args.workers < 1 or args.batch_size < 1:
        raise InputError("--workers and --batch-size must be at least 1")
    meta = dict(published=args.published, title=args.title, source_name=args.source)
    if args.language:
        meta["language"] = args.language

    if args.metadata is not None and args.out is None:
        raise InputError("--metadata goes with --out DIR")
    if args.out is not None:
        from . import corpus

        if args.language:
            raise InputError("--language does not work with --out yet; put it in NAME.meta.json")
        return corpus.run(args.inputs, out=args.out, fmt=args.format, workers=args.workers,
                          engine=args.engine, scheduler=args.scheduler, batch_size=args.batch_size,
                          progress=not args.no_progress, metadata=args.metadata,
                          follow_symlinks=args.follow_symlinks, **meta)
    inputs = [i for source in args.inputs for i in iter_inputs(source)]
    paths = [path for path, _root, _aid in inputs]

    from .progress import progress_bar

    errors: list[ErrorRow] = []
    done = 0
    bar = progress_bar(inputs, disable=args.no_progress or len(inputs) < 2, desc="articles")
    for path, root, article_id in bar:
        try:
            article = load_one(path, **meta, article_id=article_id, root=root, follow_symlinks=args.follow_symlinks)
            for note in article.warnings:
                print(f"warning: {_one_line(note)}", file=sys.stderr)
            from .engine import analyze  # spaCy loads only once there is an article to parse

            tables = analyze(article)
        except InputError as exc:
            if len(paths) == 1:
                raise
            errors.append(ErrorRow(path=path, error="InputError", message=str(exc)))
            print(f"skipped: {_one_line(exc)}", file=sys.stderr)
            continue
        except (KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:  # one article's bug must not lose the others
            if len(paths) == 1 or os.environ.get(DEBUG_SETTING):
                raise
            errors.append(ErrorRow(path=path, error=type(exc).__name__, message=str(exc)))
            print(f"skipped: {path}: internal error ({_describe(exc)})", file=sys.stderr)
            continue
        sys.stdout.write(tables.to_json() + "\n")
        sys.stdout.flush()
        done += 1
    if done == 0:
        raise InputError(f"no article could be analysed ({len(errors)} failed)")
    return EXIT_OK


def _tone(args: argparse.Namespace) -> int:
    from .tone import score_span

    stream = sys.stdin if args.input == "-" else _open_text(args.input)
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text, start, end = item["text"], int(item["start"]), int(item["end"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, OverflowError) as exc:
            raise InputError(f"{args.input}:{n}: need a JSON object with text, start and end "
                             f"({_one_line(exc)})") from None
        if not isinstance(text, str) or not 0 <= start <= end <= len(text):
            raise InputError(f"{args.input}:{n}: start and end must lie inside text")
        try:
            result = score_span(text, start, end)
        except ValueError as exc:
            raise InputError(f"{args.input}:{n}: {_one_line(exc)}") from None
        print(json.dumps({"score": round(result.score, 4), "label": result.label}))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from .corpus import verify

    problems, lost = verify(args.out, redo=not args.no_redo, progress=not args.no_progress)
    for problem in problems:
        print(f"repaired: {_one_line(problem)}", file=sys.stderr)
    if lost:
        raise InputError(f"{args.out}: {lost} article(s) of broken parts could not be analysed again "
                         "(read from stdin, or their file is gone); rerun analyze with their inputs")
    print(f"{args.out}: {'repaired ' + str(len(problems)) + ' part(s)' if problems else 'every part checks out'}",
          file=sys.stderr)
    return EXIT_OK


def _open_text(path: str):
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    return p.open(encoding="utf-8", errors="replace")


if __name__ == "__main__":
    sys.exit(main())
