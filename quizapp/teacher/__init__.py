"""Teacher tools without Qt: the PIN, roster import, classroom sessions, the results dashboard,
bank review and editing, and printable worksheets. The GUI builds its teacher pages on these."""
