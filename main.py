"""Backline's launcher: `backline` (or `python main.py`) opens the window,
`backline workout [ROUTINE]` opens it on the Workout tab, `backline COMMAND` runs the CLI.
`backline --lang CODE ...` chooses the language (else the Settings choice, else the system's).

Kept tiny on purpose: the window must paint before SQLAlchemy is even imported.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from core.cli import (
        EXIT_USAGE,
        build_parser,
        choose_language,
        language_first,
        resolve_workout_request,
        run_command,
        use_parsed_language,
    )

    argv = language_first(sys.argv[1:] if argv is None else argv)
    # Before the parser is built, so --help is in the language too; the window reads it from
    # core.i18n.language().
    problem = choose_language(argv)
    if problem is not None:
        print(f"backline: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from core import i18n

    if i18n.catalogue_problem():  # the words stay English; everything else works
        print(f"backline: {i18n.catalogue_problem()}; showing English", file=sys.stderr)
    args = build_parser().parse_args(argv)
    use_parsed_language(args)
    if args.command is None:
        from ui.app import run_app

        return run_app(db_arg=args.db)
    if args.command == "workout":
        # The routine is checked before any window opens, so a typo gets one line and a list.
        status, routine_id = resolve_workout_request(args)
        if status != 0:
            return status
        from ui.app import run_app

        return run_app(db_arg=args.db, open_workout=True, routine_id=routine_id)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
