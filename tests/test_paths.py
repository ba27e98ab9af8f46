"""All paths come from one module; QUIZAPP_HOME moves them."""

from __future__ import annotations

from pathlib import Path

from quizapp import paths


def test_quizapp_home_moves_every_user_folder(quizapp_home):
    for folder in (paths.data_dir(), paths.config_dir(), paths.log_dir(), paths.user_banks_dir()):
        assert folder.is_relative_to(quizapp_home)
    assert paths.database_path().parent == paths.data_dir()
    assert paths.settings_path().parent == paths.config_dir()


def test_without_quizapp_home_platform_folders_are_used(monkeypatch, tmp_path):
    monkeypatch.delenv("QUIZAPP_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert paths.data_dir() == tmp_path / "share" / "quizapp"


def test_bundled_folders_exist():
    assert (paths.bundled_banks_dir() / "schema" / "bank.schema.json").is_file()
    assert any(paths.bundled_seeds_dir().glob("*.txt"))
    assert paths.bank_schema_path().is_file()


def test_ensure_dir(tmp_path):
    target = paths.ensure_dir(tmp_path / "a" / "b")
    assert target.is_dir()
    assert isinstance(target, Path)
