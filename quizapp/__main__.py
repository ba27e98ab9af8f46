"""``python -m quizapp`` is the same as the ``quizapp`` command."""

import sys

from quizapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
