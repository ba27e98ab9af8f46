"""The question generator: news articles in, banks of comprehension and sourcing items out."""
