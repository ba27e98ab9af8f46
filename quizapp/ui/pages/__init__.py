"""The main screens of the app, one module each."""
