"""``python -m kabar``: the same command as the ``kabar`` script."""

from kabar.cli import entry

entry()
