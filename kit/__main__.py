"""The kit's command line: ``python -m kit COMMAND`` (or ``kit COMMAND`` when installed).

- ``report INPUT... -o OUTDIR``: analyse a folder or files and write a self-contained HTML report
  with the CSV tables and the GEXF graph;
- ``run SOURCE... -o OUTDIR [--workers N | --scheduler tcp://HOST:PORT]``: analyse a corpus of any
  size on Dask, writing Parquet tables per partition (resumable: run it again after a stop);
- ``share NOTEBOOK -o OUT.html``: run a notebook and save it as one HTML page that works offline,
  widgets included;
- ``evaluate``: registered by :mod:`kit.evaluate` when it is there (its ``add_parser``).

Each command is a function ``run_<name>(args) -> int`` registered with ``set_defaults(func=...)``;
another module adds a command with an ``add_parser(subparsers)`` function.

Errors (a bad argument, a missing or unreadable file, a bad rule file or model, an output path
that is a file...) are printed as one line, ``error: ...``, with exit code 2 and no traceback
(``python -m kit --debug ...`` shows it); an interrupted run exits with 130.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings
from pathlib import Path

#: modules that may add a command through ``add_parser(subparsers)`` (missing ones are skipped)
PLUGINS = ("kit.evaluate",)


def add_report_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "report", help="analyse articles and write an HTML report, CSV tables and a GEXF graph",
        description="Analyse a folder or files of articles (.txt, .md, .jsonl, .csv) and write "
                    "OUTDIR/report.html (self-contained, works offline), entities.csv, quotes.csv, "
                    "relations.csv, documents.csv and who_speaks_about_whom.gexf.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="a folder or file of articles")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder to write to")
    parser.add_argument("--model", default=None,
                        help="base pipeline: blank (rule-based, fast), kit (the shipped model), an "
                             "installed package or a path (default: the best available)")
    parser.add_argument("--rules", default=None, metavar="FILE", help="rule file (default: the rules shipped with the kit, kit/lang/it/rules.json)")
    parser.add_argument("--title", default=None, help="the report's title (default: Chi parla di chi)")
    parser.add_argument("--cache", default=None, metavar="DIR",
                        help="cache the model's output in DIR (reused by later runs)")
    parser.add_argument("--max-articles", type=_positive_int, default=None, metavar="N",
                        help="articles shown with highlights in the HTML (default 50; all are in the CSV)")
    parser.add_argument("--date-format", action="append", default=None, metavar="FORMAT",
                        help="read non-ISO dates only with this strftime format, e.g. '%%d/%%m/%%Y' "
                             "(repeat for several; default: Italian and European forms, day first)")
    parser.add_argument("--month-first", action="store_true", help="read 03/12/2024 as 12 March")
    parser.add_argument("--no-escape-formulas", dest="escape_formulas", action="store_false",
                        help="write CSV cells exactly as they are, without the ' put before cells "
                             "starting with = + - @ (which spreadsheets would run as formulas)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run_report)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _outputs_inside_inputs(inputs: list[str], output: Path, cache: str | None) -> tuple[list[Path], list[str]]:
    """The run's own outputs that lie inside an input folder (the output folder, or, when it is
    the input folder itself, the files a report writes; the cache folder), and a warning for each."""
    from .corpus.walk import OUTPUTS_LIST, real
    from .records.export import GRAPH_FILE, TABLE_FILES
    from .view.report import REPORT_FILE

    out = real(output)
    excluded: list[Path] = []
    messages: list[str] = []
    for root in (real(given) for given in inputs if Path(given).is_dir()):
        if out == root:
            excluded += [out / name for name in (REPORT_FILE, GRAPH_FILE, OUTPUTS_LIST, *TABLE_FILES.values())]
            messages.append(f"the output folder is the input folder {root}: the report's files are left "
                            "out of the input")
        elif root in out.parents:
            excluded.append(out)
            messages.append(f"the output folder {out} is inside the input folder {root}: it is left out "
                            "of the input")
        if cache and root in (real(cache), *real(cache).parents):
            excluded.append(real(cache))
            messages.append(f"the cache folder {real(cache)} is inside the input folder {root}: it is left "
                            "out of the input")
    return list(dict.fromkeys(excluded)), list(dict.fromkeys(messages))


def _check_output_folder(output: str) -> None:
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(f"-o {output}: is a file, not a folder; give a folder to write to")
    for parent in path.absolute().parents:
        if parent.exists():
            if not parent.is_dir():
                raise NotADirectoryError(f"-o {output}: {parent} is a file, not a folder")
            break


def run_report(args: argparse.Namespace) -> int:
    from .corpus import CorpusWarning, load_corpus
    from .corpus.cache import DocCache
    from .pipeline import analyze_corpus, load
    from .view.report import DEFAULT_TITLE, MAX_ARTICLES, describe_pipeline, report_summary, write_report

    _check_output_folder(args.output)
    excluded, messages = _outputs_inside_inputs(args.inputs, Path(args.output), args.cache)
    for message in messages:
        print(f"warning: {message}", file=sys.stderr)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)  # the summary below lists them
        corpus = load_corpus(args.inputs, date_format=args.date_format, dayfirst=not args.month_first,
                             exclude=excluded)
    for line in corpus.summary.lines():
        print(line)
    if not len(corpus):
        print("error: no documents to analyse", file=sys.stderr)
        return 2
    nlp = load(model=args.model, rules=args.rules)
    if args.cache:
        DocCache(args.cache, nlp)  # a --cache naming a file fails here, before any work
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)  # listed in the summary
        docs = analyze_corpus(corpus, nlp, cache_dir=args.cache, progress=not args.quiet)
    for left_out in corpus.summary.failed:
        print(f"left out {left_out}")
    if not docs:
        print("error: no document could be analysed", file=sys.stderr)
        return 2
    from .origin import provenance

    files = write_report(docs, args.output, title=args.title or DEFAULT_TITLE, corpus_summary=corpus.summary,
                         pipeline=describe_pipeline(nlp), max_articles=args.max_articles or MAX_ARTICLES,
                         escape_formulas=args.escape_formulas, provenance=provenance(docs, nlp))
    print(report_summary(files, docs))
    return 0


def add_run_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "run", help="analyse a corpus on Dask (a local cluster or yours) into Parquet tables",
        description="Read a folder or files of articles (.txt, .md, .jsonl, .jsonl.gz, .csv, .parquet) as "
                    "a stream, analyse them in partitions on Dask workers and write OUTDIR/documents, "
                    "entities, quotes and rule_relations as Parquet (one file per partition), "
                    "OUTDIR/summary.txt and OUTDIR/manifest.json. Run the same command again after an "
                    "interruption: finished partitions are kept.")
    parser.add_argument("inputs", nargs="+", metavar="SOURCE", help="a folder or file of articles")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder to write to")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_positive_int, default=None, metavar="N",
                       help="start a local cluster of N worker processes (default: one per core)")
    where.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT",
                       help="use the Dask cluster whose scheduler is at this address")
    parser.add_argument("--partition-size", type=_positive_int, default=None, metavar="N",
                        help="documents per partition (default 200)")
    parser.add_argument("--model", default=None, help="base pipeline, as for the report command")
    parser.add_argument("--rules", default=None, metavar="FILE", help="rule file (default: the shipped rules)")
    parser.add_argument("--cache", default=None, metavar="DIR",
                        help="where to keep the model's output (default OUTDIR/cache; may be shared)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run_run)


def run_run(args: argparse.Namespace) -> int:
    from .scale import run_corpus
    from .scale.engine import PARTITION_SIZE

    _check_output_folder(args.output)
    excluded, messages = _outputs_inside_inputs(args.inputs, Path(args.output), args.cache)
    for message in messages:
        print(f"warning: {message}", file=sys.stderr)
    run = run_corpus(args.inputs, args.output, partition_size=args.partition_size or PARTITION_SIZE,
                     model=args.model, rules=args.rules, cache_dir=args.cache, workers=args.workers,
                     scheduler=args.scheduler, progress=not args.quiet, exclude=excluded)
    print((run.out_dir / "summary.txt").read_text(encoding="utf-8"), end="")
    print(f"{run.computed} partitions analysed, {run.reused} kept from an earlier run; tables in {run.out_dir}")
    if not run.totals["documents"]:
        print("error: no document could be analysed", file=sys.stderr)
        return 2
    return 0


def add_share_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "share", help="run a notebook and save it as one HTML file that works offline",
        description="Execute NOTEBOOK in its folder and export it to HTML (JupyterLab look) with "
                    "images embedded and the widgets' saved state drawn by a bundled widget "
                    "manager: no CDN, no network needed to open it.")
    parser.add_argument("notebook", metavar="NOTEBOOK", help="the .ipynb file")
    parser.add_argument("-o", "--output", default=None, metavar="OUT.html",
                        help="where to write (default: the notebook's name with .html)")
    parser.add_argument("--no-execute", dest="execute", action="store_false",
                        help="export the saved outputs as they are")
    parser.add_argument("--timeout", type=_positive_int, default=600, help="seconds allowed per cell (default 600)")
    parser.add_argument("--kernel", default="python3", help="kernel name (default python3)")
    parser.set_defaults(func=run_share)


def run_share(args: argparse.Namespace) -> int:
    from .view.share import share_notebook

    out = share_notebook(args.notebook, args.output, execute=args.execute, timeout=args.timeout,
                         kernel_name=args.kernel)
    print(f"wrote {out} ({out.stat().st_size / 2**20:.1f} MB)")
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (``prog: error: ...``) and exit code 2."""

    def error(self, message: str) -> None:
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m kit", description="Entity and quotation tagging for Italian news.")
    parser.add_argument("--debug", action="store_true", help="show the full traceback on errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)
    add_report_parser(subparsers)
    add_run_parser(subparsers)
    add_share_parser(subparsers)
    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:  # the module exists but something it needs is missing
                raise
            continue
        module.add_parser(subparsers)
    return parser


def _one_line(err: BaseException) -> str:
    message = " ".join(str(err).split())
    if isinstance(err, OSError) and err.filename is not None and str(err.filename) not in message:
        message = f"{err.filename}: {message}"
    if not message or not isinstance(err, (OSError, ValueError, LookupError)):
        message = f"{type(err).__name__}: {message}" if message else type(err).__name__
    return message


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # noqa: BLE001 (one line, never a traceback, unless --debug)
        if args.debug:
            raise
        print(f"error: {_one_line(err)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
