"""The ``marsad`` command line. Every command calls the same core as the API.

Commands live in small modules that register themselves on the parser
(``marsad.commands.*``): extract, eval, schema, and what later layers add.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

__all__ = ["main", "build_parser", "COMMAND_MODULES"]

COMMAND_MODULES = (
    "marsad.commands.extract",
    "marsad.commands.evaluate",
    "marsad.commands.schema",
    "marsad.commands.demo",
    "marsad.commands.observatory",
    "marsad.commands.serve",
    "marsad.commands.bench",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Marsad (مرصد): read Arabic news and record who did what to whom, where, when, how many, and according to whom.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command module not present in this build
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if argv is None:  # the `marsad` command itself (not a call from Python), and it is done
            _before_exit()


def _before_exit() -> None:
    """The process ends next: move every object to the garbage collector's permanent generation,
    so that the collection at interpreter exit does not walk the lexicons (a tenth of the time of
    a short ``marsad extract``). The output is written; objects not in reference cycles are still freed at exit."""
    import gc

    gc.freeze()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
