"""Live classroom across desks: the teacher's desk hosts a session, students' desks join over the network.

Qt-free. `host` runs the session's server (aiohttp, off the GUI thread), `client` is what a desk uses to
reach it, `desk` ties a desk's own score database to a live session, and `announce` finds and announces
hosts by DNS-SD (zeroconf). The messages are in `protocol` and docs/classroom.md.
"""
