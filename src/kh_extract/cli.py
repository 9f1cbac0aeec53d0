"""kh-extract: the command line. Thin commands over plain functions.

Commands live in small modules (``cli_*.py``), each with ``register(app)``.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="kh-extract",
    help="Vietnamese local plans (Kế hoạch) to JSON: plan, references, dates, criteria, targets.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from . import cli_extract, cli_eval, cli_batch, cli_tools  # noqa: E402  (each adds its commands)

for _module in (cli_extract, cli_eval, cli_batch, cli_tools):
    _module.register(app)

