"""电催陪练 Collection Call Coach: a practice-call simulator for telephone debt collectors.

Start with ``ARCHITECTURE.md`` at the repository root. The turn engine (``engine``) is the one
place a turn flows; personas/scenarios/rubrics are data (``data``); the debtor's behaviour is
code (``debtor``); model backends only word lines (``models``); the scorer is ``scoring``.
"""

__version__ = "0.1.0"
