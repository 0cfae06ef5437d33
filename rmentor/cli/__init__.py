"""The command line: the desktop app by default, and commands for automation."""

import sys

from rmentor.cli.parser import parse_arguments


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    if args.command is None:
        from rmentor.ui.window.app import run

        return run(args)
    # the commands' modules (the data file's, peewee's) only for a command: the window
    # loads them once it is on screen
    from rmentor.cli.commands import COMMANDS
    from rmentor.cli.commands import log_exception
    from rmentor.cli.messages import messages_translator
    from rmentor.models.errors import DomainError

    try:
        return COMMANDS[args.command](args)
    except DomainError as exc:
        text = exc.text(messages_translator(args))
        print(f"rmentor: {text}", file=sys.stderr)
        return 1
    except Exception as exc:  # an unexpected error still gets one plain sentence
        log_path = log_exception()
        print(
            f"rmentor: an unexpected error stopped the command ({type(exc).__name__}). "
            f"Details are in {log_path}.",
            file=sys.stderr,
        )
        return 1
