"""Start Ralph's LRS with its file backend on a socket the caller already listens on (run by Ralph's own Python).

Usage: python ralph_launch.py FD STORE_FOLDER

Two faults of Ralph 5.1's file backend are mended here; everything else is Ralph as shipped:
- it writes each POST with the "create" operation, which refuses a file that exists, so only the first
  POST to a new store would succeed: here it appends, as a file LRS must;
- the statements API turns the ``verb`` and ``activity`` filters into pydantic IRI objects, which the
  file backend compares with the stored strings, so those filters never match: here they stay strings.
"""

import os
import sys

fd, folder = int(sys.argv[1]), sys.argv[2]
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = folder

import uvicorn  # noqa: E402
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

import ralph.api.routers.statements as statements_api  # noqa: E402
from ralph.api import app  # noqa: E402

statements_api.IRI = str

uvicorn.run(app, fd=fd, log_level="warning", access_log=False)
