"""Headless subcommands of ``quizapp``; each module offers ``register(subparsers)``."""
