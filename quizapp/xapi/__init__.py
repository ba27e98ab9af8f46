"""Results as xAPI statements for a school's Learning Record Store (LRS). Qt-free.

`statements` turns the score store's records into xAPI 1.0.3 statements, `lrs` talks to the LRS,
`sender` sends what the LRS has not acknowledged, `config` holds a desk's LRS settings and finds the
password. docs/xapi.md documents the statements.
"""

SETTING_KEY = "lrs"
"""Where a desk keeps its LRS settings among its own settings (read at start-up without the rest of xapi)."""
