"""Entry point of the bundled app: the same as the ``quizapp`` command (window without arguments)."""

import multiprocessing
import sys

from quizapp.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `generate --jobs N` starts worker processes from the executable
    sys.exit(main())
