"""The desktop interface (PySide6). The only package of quizapp that imports Qt.

Importing it first makes PySide6's check of every module imported after Qt a cheap one (`feature_check`).
"""

from quizapp.ui.feature_check import install as _install_feature_check

_install_feature_check()
