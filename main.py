"""Backline: `python main.py` opens the window; `python main.py <command>` runs the CLI.

Kept tiny on purpose: the window must paint before SQLAlchemy is even imported.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from core.cli import build_parser, run_command

    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_app

        return run_app(db_arg=args.db)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
