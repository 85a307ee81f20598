"""Settings › Accounts › Add: a Folder account's folder is picked with Browse… (not only typed); the button is
there for Folder only, starts in the last folder picked for it and fills the field the account is created from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui.settings_pages.accounts import AddAccountDialog


def _pick(dlg: AddAccountDialog, platform: str) -> None:
    dlg.platform.setCurrentIndex(dlg.platform.findData(platform))


def test_browse_fills_the_folder_of_a_folder_account(qtbot, tmp_path, monkeypatch):
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    starts: list[str] = []

    def choose(parent, title, start, *a):
        starts.append(start)
        return str(bundles)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    dlg = AddAccountDialog()
    qtbot.addWidget(dlg)
    _pick(dlg, "folder")
    dlg.show()
    assert dlg.browse.isVisible() and dlg.base_url.isVisible()
    label = dlg.form.labelForField(dlg.base_url_row)
    assert label is not None and label.isVisible()
    dlg.name.setText("bundles")
    qtbot.mouseClick(dlg.browse, Qt.MouseButton.LeftButton)
    assert dlg.base_url.text() == str(bundles)
    v = dlg.values()
    assert v["platform"] == "folder" and v["extra"]["path"] == str(bundles) and v["base_url"] == str(bundles)

    dlg.browse.click()  # the next time it opens where the last folder was picked
    assert starts[-1] == str(bundles)

    _pick(dlg, "webhook")  # a webhook's URL is typed: no Browse…
    assert dlg.base_url.isVisible() and not dlg.browse.isVisible()
    _pick(dlg, "tiktok")  # sign-in platforms have neither
    assert not dlg.base_url.isVisible() and not dlg.browse.isVisible() and not label.isVisible()
