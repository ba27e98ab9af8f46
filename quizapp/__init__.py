"""quizapp: media-literacy quizzes generated from news articles."""

__version__ = "0.1.0"
