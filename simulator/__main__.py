"""``python -m simulator …``: the command line (see ``simulator.cli``)."""
from .cli import main

main()
