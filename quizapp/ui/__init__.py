"""The desktop interface (PySide6). The only package of quizapp that imports Qt."""
