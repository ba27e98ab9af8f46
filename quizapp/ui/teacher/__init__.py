"""Teacher tools: behind the teacher PIN (dashboard, classes and sessions, bank editor, paper, presenter)."""
