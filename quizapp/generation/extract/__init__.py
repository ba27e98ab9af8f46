"""Extractors: small pure functions over spaCy `Doc`s and `Span`s."""
