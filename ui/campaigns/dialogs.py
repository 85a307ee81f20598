"""Campaigns › New campaign: markets, a festival on their calendars, products, channels, segments and the offer
(the one source of truth for price and promotion wording)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from studio import clock
from ui.i18n import tr
from ui.labels import target_label
from ui.widgets.fit import ElidedLabel
from ui.widgets.market_picker import MarketListPicker

CHANNELS = ("instagram", "tiktok", "facebook", "x", "threads", "pinterest", "youtube")


def _checklist(values: list[tuple[str, str]], checked: set[str] | None = None) -> QListWidget:
    w = QListWidget()
    for value, label in values:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in (checked or set()) else Qt.CheckState.Unchecked)
        w.addItem(item)
    w.setMaximumHeight(110)
    return w


def checked_values(w: QListWidget) -> list[str]:
    return [w.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.count())
            if w.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(w: QListWidget, values: list[str]) -> None:
    for i in range(w.count()):
        item = w.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in values
                           else Qt.CheckState.Unchecked)


class NewCampaignDialog(QDialog):
    """Collects the arguments of ``campaigns.create_campaign``; the view runs it (off the GUI thread)."""

    def __init__(self, parent: QWidget | None, products: list[Any], segments: list[Any],
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewCampaignDialog")
        self.setWindowTitle(tr("New campaign"))
        self.today = today or clock.today()
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Ramadan 2027"))
        self.resize(780, 640)  # room for the lists at 1366×768 (the dialog stays inside a 768-px-high screen)
        self.markets = MarketListPicker(self)
        self.markets.setMinimumHeight(150)
        self.markets.setMaximumHeight(200)
        self.festival = QComboBox()
        self.festival.setObjectName("CampaignFestival")
        self.products = _checklist([(p.handle, f"{p.handle} · {p.title}") for p in products])
        self.channels = _checklist([(c, target_label(c)) for c in CHANNELS], {"instagram"})  # "Instagram", not the id
        self.segments = _checklist([(s.name, s.name) for s in segments])
        self.products.setMinimumHeight(150)
        self.products.setMaximumHeight(180)
        self.products.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.products.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i in range(self.products.count()):
            self.products.item(i).setToolTip(self.products.item(i).text())
        if not segments:  # an empty box said nothing (walkthrough s14 finding 25): say what goes here
            item = QListWidgetItem(tr("No segments yet (optional) — add them in Settings › Segments"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.segments.addItem(item)
        self.segments.setToolTip(tr("Segments (optional): one variant of every post per segment ticked, e.g. "
                                    "first-time buyers"))
        self.channels.setToolTip(tr("Channels: where the campaign posts"))
        lists = QHBoxLayout()  # channels and segments side by side: each list gets the full height
        lists.addWidget(self.channels, 1)
        lists.addWidget(self.segments, 1)
        self.channels.setMaximumHeight(150)
        self.segments.setMaximumHeight(150)
        self.discount = QSpinBox()
        self.discount.setRange(0, 90)
        self.discount.setSuffix(" %")
        self.discount.setSpecialValueText(tr("no discount"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("promo code, e.g. RAMADAN27"))
        offer = QHBoxLayout()
        offer.addWidget(self.discount)
        offer.addWidget(self.code, 1)
        # the campaign's own dates (the CLI's --start/--end); unticked, two weeks before the festival to its end
        self.own_dates = QCheckBox(tr("Own dates"))
        self.own_dates.setObjectName("CampaignOwnDates")
        self.start = QDateEdit()
        self.end = QDateEdit()
        for w, name in ((self.start, "CampaignStart"), (self.end, "CampaignEnd")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate(self.today.year, self.today.month, self.today.day))
            w.setEnabled(False)
        self.own_dates.toggled.connect(self.start.setEnabled)
        self.own_dates.toggled.connect(self.end.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.own_dates)
        dates.addWidget(QLabel(tr("from")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.dates_hint = QLabel(tr("Unticked: from two weeks before the festival to its end"))
        dates.addWidget(self.dates_hint)
        # a sale price per market (the CLI's --price ar-SA=149): it replaces the list price in every post
        self.prices = QLineEdit()
        self.prices.setObjectName("CampaignPrices")
        self.prices.setPlaceholderText(tr("sale price per market (optional), e.g. ar-SA=149, ar-AE=149"))
        self.hint = ElidedLabel("", lines=2)
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Markets"), self.markets)
        form.addRow(tr("Festival"), self.festival)
        form.addRow(tr("Products"), self.products)
        form.addRow(tr("Channels · Segments"), lists)
        form.addRow(tr("Dates"), dates)
        form.addRow(tr("Offer"), offer)
        form.addRow(tr("Sale price"), self.prices)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.markets.markets_changed.connect(lambda _tags: self._fill_festivals())
        self._fill_festivals()

    def _fill_festivals(self) -> None:
        """The festivals every chosen market celebrates in the next 14 months (the market registry's data)."""
        from localization.markets import upcoming_festivals

        tags = self.markets.tags()
        current = self.festival.currentData()
        self.festival.clear()
        if not tags:
            self.hint.setText(tr("Pick the markets first: the festivals come from their calendars."))
            return
        common: dict[str, tuple[str, str]] | None = None
        for tag in tags:
            found: dict[str, tuple[str, str]] = {}
            for f in upcoming_festivals(tag, self.today, days=430):
                found.setdefault(str(f["id"]), (str(f.get("name") or f["id"]), str(f.get("start"))))
            common = found if common is None else {k: v for k, v in common.items() if k in found}
        for fid, (name, start) in sorted((common or {}).items(), key=lambda kv: kv[1][1]):
            self.festival.addItem(f"{name} · {start}", fid)
        if current is not None and self.festival.findData(current) >= 0:
            self.festival.setCurrentIndex(self.festival.findData(current))
        self.hint.setText("" if self.festival.count() else
                          tr("These markets share no festival in the next months; pick other markets."))

    def set_festival(self, fid: str) -> bool:
        i = self.festival.findData(fid)
        if i >= 0:
            self.festival.setCurrentIndex(i)
        return i >= 0

    def values(self) -> dict[str, Any]:
        offer: dict[str, Any] = {}
        if self.discount.value():
            offer["discount_percent"] = self.discount.value()
        if self.code.text().strip():
            offer["code"] = self.code.text().strip()
        prices = self.price_pairs()
        if prices:
            offer["prices"] = prices
        out = {"name": self.name.text().strip(), "festival": self.festival.currentData(),
               "markets": self.markets.tags(), "products": checked_values(self.products),
               "channels": checked_values(self.channels),
               "segments": [v for v in checked_values(self.segments) if v], "offer": offer}
        if self.own_dates.isChecked():
            out["start"] = self.start.date().toString("yyyy-MM-dd")
            out["end"] = self.end.date().toString("yyyy-MM-dd")
        return out

    def price_pairs(self) -> dict[str, str]:
        """'ar-SA=149, ar-AE=149' → {"ar-SA": "149", "ar-AE": "149"}; a part without '=' is kept under '?' so
        the check below names it."""
        out: dict[str, str] = {}
        for part in self.prices.text().replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            tag, _eq, amount = part.partition("=")
            out[tag.strip() if _eq else "?" + part] = amount.strip()
        return out

    def _accept(self) -> None:
        v = self.values()
        missing = [label for key, label in (("name", tr("a name")), ("festival", tr("a festival")),
                                            ("products", tr("a product")), ("channels", tr("a channel")))
                   if not v[key]]
        if missing:
            self.hint.setText(tr("Still needed: ") + ", ".join(missing))
            return
        bad = [k for k, amount in v["offer"].get("prices", {}).items()
               if k.startswith("?") or k not in v["markets"] or not amount]
        if bad:
            self.hint.setText(tr("Sale price '{part}': write MARKET=AMOUNT for one of the chosen markets, e.g. "
                                 "{tag}=149").format(part=bad[0].lstrip("?"), tag=(v["markets"] or ["ar-SA"])[0]))
            return
        if self.own_dates.isChecked() and self.end.date() < self.start.date():
            self.hint.setText(tr("The end date is before the start date; swap them."))
            return
        self.accept()


class OfferDialog(QDialog):
    """Campaigns › Change offer…: the campaign's discount and promo code (the one wording of every channel)."""

    def __init__(self, parent: QWidget | None, offer: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setObjectName("CampaignOfferDialog")
        self.setWindowTitle(tr("Change offer"))
        form = QFormLayout(self)
        self.discount = QSpinBox()
        self.discount.setRange(0, 90)
        self.discount.setSuffix(" %")
        self.discount.setSpecialValueText(tr("no discount"))
        self.discount.setValue(int(offer.get("discount_percent") or 0))
        self.code = QLineEdit(str(offer.get("code") or ""))
        self.code.setPlaceholderText(tr("promo code, e.g. RAMADAN27"))
        form.addRow(tr("Discount"), self.discount)
        form.addRow(tr("Promo code"), self.code)
        form.addRow(ElidedLabel(tr("Posts written with the old offer are refused by the checks until you generate "
                                   "them again."), lines=2))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def changes(self) -> dict[str, Any]:
        return {"discount_percent": self.discount.value() or None, "code": self.code.text().strip() or None}


class ChooseAccountsDialog(QDialog):
    """Schedule › the account that posts each channel: the channel's platform accounts and the Folder accounts set to
    write it (``campaigns.account_choices``, the rule ``schedule`` uses), the campaign's remembered choice first.
    A channel no account can post offers "Add an account…" (``add_requested``; the view comes back here after)."""

    def __init__(self, parent: QWidget | None, choices: dict[str, Any], ready: int) -> None:
        super().__init__(parent)
        self.setObjectName("ChooseAccountsDialog")
        self.setWindowTitle(tr("Schedule {name}").format(name=choices["campaign"]))
        self.add_requested = False
        form = QFormLayout(self)
        intro = QLabel(tr("{n} approved post(s) will be queued at their planned times. Choose the account that "
                          "posts each channel; the campaign remembers it.").format(n=ready))
        intro.setWordWrap(True)
        intro.setMinimumWidth(440)
        form.addRow(intro)
        self.combos: dict[str, QComboBox] = {}
        missing = []
        for chan, info in choices["channels"].items():
            if info["accounts"]:
                box = QComboBox()
                box.setObjectName(f"Account_{chan}")
                for name in info["accounts"]:
                    box.addItem(name, name)
                if info.get("chosen") and box.findData(info["chosen"]) >= 0:
                    box.setCurrentIndex(box.findData(info["chosen"]))
                self.combos[chan] = box
                form.addRow(target_label(chan), box)
            else:
                missing.append(target_label(chan))
                form.addRow(target_label(chan), QLabel(tr("No account can post {channel} yet.").format(
                    channel=target_label(chan))))
        self.add_btn = QPushButton(tr("Add an account…"))
        self.add_btn.setObjectName("CampaignAddAccount")
        self.add_btn.setToolTip(tr("Opens Settings › Accounts; after adding one you come back here"))
        self.add_btn.clicked.connect(self._add)
        form.addRow(self.add_btn)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Schedule"))
        ok.setEnabled(not missing)
        if missing:
            ok.setToolTip(tr("Add an account for {channels} first").format(channels=", ".join(missing)))
            self.add_btn.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _add(self) -> None:
        self.add_requested = True
        self.reject()

    def chosen(self) -> dict[str, str]:
        return {chan: str(box.currentData()) for chan, box in self.combos.items() if box.currentData()}
