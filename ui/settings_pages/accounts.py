"""Settings › Accounts: add, connect, check and reconnect every channel account without the CLI.

- **Add** (per platform): client id and secret — or a token-exchange URL you run — with a link to the
  platform's app console and the EXACT redirect URI to register (a fixed loopback port for the platforms that
  demand an exact match; TikTok's registered wildcard port ``http://127.0.0.1:*/callback/``).
- **Connect / Reconnect** in the browser (loopback redirect; the page the browser shows never claims success
  before the answer is verified). **Pick page** (Facebook; Instagram with Facebook Login) / **Pick board**
  (Pinterest). **Remove**.
- **Health**: token expiry, last refresh, quota left today, scopes granted against those needed, the Graph API
  version warning, the last error with the action that fixes it.

Everything goes through ``studio.services.account_setup`` / ``accounts`` (Qt-free) on the task runner.
Platform error messages are untrusted: they are shown as plain text.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import ops, theme
from ui.i18n import N_, tr
from ui.ops import Op
from ui.settings_pages import SettingsPage
from ui.widgets import files

COLUMNS = ("Account", "Platform", "Status", "Page / board", "Token until", "Last refresh", "Left today", "Needs")
# AccountHealth.state values, each with its own words (shown with tr()); the stored account.status alone says
# "connected" for an account that was never signed in
STATES = {"connected": N_("connected"), "not-connected": N_("not connected"),
          "needs-reconnect": N_("needs-reconnect"), "needs-attention": N_("connected, needs attention")}


def state_text(h) -> str:
    """The Status column's words for an account's health (the same in the table and the detail title)."""
    return tr(STATES.get(h.state, h.state))


def next_step(name: str, h) -> str:
    """What to do after adding ``name``: a Folder account (or a webhook with its secret) works at once; a
    sign-in account needs Connect; anything else says its first problem's action."""
    if h is None or h.state == "connected":
        return tr("Added {name}: ready to schedule, nothing to connect.").format(name=name)
    if h.state == "not-connected":
        return tr("Added {name}. Next: Connect.").format(name=name)
    errors = [p for p in h.problems if p["severity"] == "error"]
    return tr("Added {name}. Next: {action}").format(name=name, action=errors[0]["action"] if errors else "")


def account_write(db, job, name: str | None = None):
    """Run ``job`` (an account write) and return ``(result, ChangeSummary(entity="account"), health of name)``:
    the summary goes out on the change bus so the Calendar's quotas, Home, Review's schedule dialog and this
    page refresh at once (walkthrough defect 9)."""
    from studio.domain import ChangeSummary
    from studio.services import account_setup, accounts

    before = {a.name: a.id for a in accounts.list_accounts(db)}
    result = job()
    after = {a.name: a.id for a in accounts.list_accounts(db)}
    created = tuple(i for n, i in after.items() if n not in before)
    deleted = tuple(i for n, i in before.items() if n not in after)
    if name in after and after[name] not in created:
        updated: tuple[int, ...] = (after[name],)
    else:
        updated = () if created or deleted else tuple(after.values())
    health = None
    if name in after:
        health = next((h for h in account_setup.health(db) if h.name == name), None)
    return result, ChangeSummary(created=created, updated=updated, deleted=deleted, entity="account"), health


def add_account_op(ctx, parent, v: dict, success, failure) -> None:
    """Add the account the Add-account dialog describes (Settings › Accounts and Review's schedule dialog use
    this one path); ``success((account, summary, health))`` runs after the change is broadcast."""
    db = ctx.db

    def job(progress, cancel):
        from studio.services import account_setup

        return account_write(db, lambda: account_setup.add(
            db, v["platform"], v["name"], client_id=v.get("client_id"), client_secret=v.get("client_secret"),
            exchange_url=v.get("exchange_url"), base_url=v.get("base_url"), token=v.get("token"),
            extra=v.get("extra")), v["name"])

    Op(ctx, parent, job).named("add account").writes().changes(lambda r: r[1]).success(success) \
        .failure(failure).run_in_background()
SHORT_TITLES = {"facebook": "Facebook", "webhook": "Webhook", "folder": N_("Folder")}
PLATFORM_TITLES = {"tiktok": "TikTok", "instagram": "Instagram", "facebook": N_("Facebook Page"), "youtube": "YouTube",
                   "x": "X", "pinterest": "Pinterest", "threads": "Threads", "webhook": N_("Webhook (your server)"),
                   "folder": N_("Folder (ready-to-upload bundles)")}


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _when(dt: datetime | None) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M") if dt else "—"


class _Browser(QObject):
    """Opens URLs on the GUI thread (the sign-in runs on a worker thread)."""

    open = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.open.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))


class AddAccountDialog(QDialog):
    """One form for every platform; the fields follow what the platform needs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from studio.services import account_setup

        self.setWindowTitle(tr("Add an account"))
        self.guides = {g.platform: g for g in account_setup.guides()}
        self.platform = QComboBox()
        self.platform.setObjectName("AddPlatform")
        for p in self.guides:
            self.platform.addItem(tr(PLATFORM_TITLES.get(p, p)), p)
        self.name = QLineEdit(placeholderText=tr("your name for it, e.g. brand-tiktok"))
        self.name.setObjectName("AddName")
        self.login_type = QComboBox()
        self.login_type.addItem(tr("Instagram Login (media fetched from your media host)"), "instagram")
        self.login_type.addItem(tr("Facebook Login (Reels uploaded directly; needs a Facebook Page)"), "facebook")
        self.client_id = QLineEdit(placeholderText=tr("from the app console"))
        self.client_id.setObjectName("AddClientId")
        self.client_secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                                       placeholderText=tr("stored in the OS keyring only"))
        self.client_secret.setObjectName("AddClientSecret")
        self.exchange_url = QLineEdit(placeholderText="https://…")
        self.exchange_url.setObjectName("AddExchangeUrl")
        self.base_url = QLineEdit()
        self.base_url.setObjectName("AddBaseUrl")
        self.browse = QPushButton(tr("Browse…"))  # a Folder account's folder, picked instead of typed
        self.browse.setObjectName("AddBrowse")
        self.browse.clicked.connect(self._browse)
        self.token = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.token.setObjectName("AddToken")
        # signed means signed: a webhook without a secret does not publish unless the user chooses this
        self.unsigned = QCheckBox(tr("Unsigned delivery — receivers cannot tell these posts from forged ones"))
        self.unsigned.setObjectName("AddUnsigned")
        self.unsigned.toggled.connect(lambda on: self.token.setEnabled(not on))
        self.console = QLabel()
        self.console.setObjectName("AddConsoleLink")
        self.console.setOpenExternalLinks(True)
        self.console.setTextFormat(Qt.TextFormat.RichText)  # our own constant URL, never platform text
        self.redirect = QLineEdit(readOnly=True)
        self.redirect.setObjectName("AddRedirectUri")
        self.copy = copy = QPushButton(tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.redirect.text()))
        self.redirect_note = _plain(QLabel())
        self.error = _plain(QLabel())
        theme.tint(self.error, "error")

        form = QFormLayout()
        form.addRow(tr("Platform"), self.platform)
        form.addRow(tr("Name"), self.name)
        self.login_row = tr("Login type")
        form.addRow(self.login_row, self.login_type)
        form.addRow(tr("Client id"), self.client_id)
        form.addRow(tr("Client secret"), self.client_secret)
        form.addRow(tr("or token-exchange URL"), self.exchange_url)
        brow = QHBoxLayout()
        brow.addWidget(self.base_url, 1)
        brow.addWidget(self.browse)
        self.base_url_row = brow
        form.addRow(tr("URL / folder"), brow)
        form.addRow(tr("Token / signing secret"), self.token)
        form.addRow("", self.unsigned)
        form.addRow(tr("App console"), self.console)
        rrow = QHBoxLayout()
        rrow.addWidget(self.redirect, 1)
        rrow.addWidget(copy)
        self.redirect_row = rrow
        form.addRow(tr("Redirect URI to register"), rrow)
        form.addRow("", self.redirect_note)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.platform.currentIndexChanged.connect(self._update)
        self.login_type.currentIndexChanged.connect(self._update)
        self._update()

    def current(self) -> str:
        return self.platform.currentData()

    def _update(self, *_a) -> None:
        from studio.services import account_setup

        p = self.current()
        conf = {"login_type": self.login_type.currentData()} if p == "instagram" else {}
        g = account_setup.guide(p, conf)
        oauth = g.oauth
        for w, show in ((self.client_id, oauth), (self.client_secret, oauth and g.needs_secret),
                        (self.exchange_url, oauth and g.needs_secret), (self.redirect, oauth), (self.copy, oauth),
                        (self.redirect_note, oauth), (self.console, oauth), (self.login_type, p == "instagram"),
                        (self.base_url, g.token_only), (self.token, p == "webhook"), (self.unsigned, p == "webhook")):
            w.setVisible(show)
            field = (self.redirect_row if w in (self.redirect, self.copy)
                     else self.base_url_row if w is self.base_url else w)
            label = self.form.labelForField(field)
            if label is not None:
                label.setVisible(show)
        self.browse.setVisible(p == "folder")
        self.redirect.setText(g.redirect_uri)
        self.redirect_note.setText(g.redirect_note + (tr(" — and add the scopes: ") + ", ".join(
            g.scopes + g.optional_scopes) if g.scopes else ""))
        if g.console_url:
            self.console.setText(f"<a href='{g.console_url}'>{g.console_url}</a>")
        self.base_url.setPlaceholderText("https://you.example/hook" if p == "webhook" else tr("folder for the bundles"))

    def _browse(self) -> None:
        from studio.settings import Settings

        ctx = getattr(self.parent(), "ctx", None)
        chosen = files.folder(self, ctx.settings if ctx is not None else Settings(), "folder-account",
                              tr("Folder for the bundles"))
        if chosen:
            self.base_url.setText(chosen)

    def values(self) -> dict:
        p = self.current()
        extra = {"login_type": self.login_type.currentData()} if p == "instagram" else {}
        if p == "folder" and self.base_url.text().strip():
            extra["path"] = self.base_url.text().strip()
        unsigned = p == "webhook" and self.unsigned.isChecked()
        if unsigned:
            extra["unsigned"] = True
        return {"platform": p, "name": self.name.text().strip(), "client_id": self.client_id.text().strip() or None,
                "client_secret": self.client_secret.text() or None,
                "exchange_url": self.exchange_url.text().strip() or None,
                "base_url": self.base_url.text().strip() or None, "token": None if unsigned else (self.token.text() or None), "extra": extra}


class PickDialog(QDialog):
    """Choose the Facebook Page or Pinterest board to post to."""

    def __init__(self, title: str, items: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget()
        self.list.setObjectName("PickList")
        for item_id, label in items:
            it = QListWidgetItem(label)  # plain text: names come from the platform
            it.setData(Qt.ItemDataRole.UserRole, item_id)
            self.list.addItem(it)
        if items:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(buttons)

    def chosen(self) -> str | None:
        it = self.list.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it is not None else None


class AccountsPage(QWidget):
    status_message = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx = ctx
        self.health: list = []
        self.add_dialog: AddAccountDialog | None = None
        self.pick_dialog: PickDialog | None = None
        self._browser = _Browser()
        self.browser = self._browser.open.emit  # replaced in tests by a function that plays the browser

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("AccountsTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.add_btn = QPushButton(tr("Add account…"))
        self.connect_btn = QPushButton(tr("Connect"))
        self.pick_btn = QPushButton(tr("Pick page"))
        self.remove_btn = QPushButton(tr("Remove"))
        self.check_btn = QPushButton(tr("Check now"))
        for b, name, slot in ((self.add_btn, "AddAccount", self.open_add), (self.connect_btn, "ConnectAccount",
                              self.connect_selected), (self.pick_btn, "PickTarget", self.pick_selected),
                              (self.remove_btn, "RemoveAccount", self.remove_selected),
                              (self.check_btn, "CheckHealth", self.reload)):
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, f=slot: f())
        buttons = QHBoxLayout()
        for b in (self.add_btn, self.connect_btn, self.pick_btn, self.remove_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.check_btn)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addLayout(buttons)
        ll.addWidget(self._redirect_box())

        self.detail_title = _plain(QLabel())
        self.detail_title.setStyleSheet("font-weight:bold")
        self.problems = _plain(QLabel())
        self.problems.setObjectName("AccountProblems")
        self.scopes = QListWidget()
        self.scopes.setObjectName("AccountScopes")
        self.redirect_uri = QLineEdit(readOnly=True)
        self.redirect_uri.setObjectName("AccountRedirectUri")
        self.redirect_note = _plain(QLabel())
        self.graph_version = QComboBox(editable=True)
        self.graph_version.setObjectName("GraphVersion")
        self.graph_save = QPushButton(tr("Use this version"))
        self.graph_save.clicked.connect(self.save_graph_version)
        gv = QHBoxLayout()
        gv.addWidget(self.graph_version, 1)
        gv.addWidget(self.graph_save)
        self.graph_row = QWidget()
        self.graph_row.setLayout(gv)
        detail = QGroupBox(tr("Connection health"))
        dl = QVBoxLayout(detail)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.problems)
        dl.addWidget(QLabel(tr("Permissions: granted ✓ / missing ✗ / optional ○")))
        dl.addWidget(self.scopes, 1)
        dl.addWidget(QLabel(tr("Redirect URI registered with the platform")))
        dl.addWidget(self.redirect_uri)
        dl.addWidget(self.redirect_note)
        # shown with its control, for Facebook and Instagram accounts only (at 1366×768 a folder account showed the
        # label alone at the bottom, its control looking cut off)
        self.graph_label = QLabel(tr("Graph API version (Facebook, Instagram)"))
        dl.addWidget(self.graph_label)
        dl.addWidget(self.graph_row)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.status = _plain(QLabel())
        self.status.setObjectName("AccountsStatus")
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.status)
        self._show_selected()
        ctx.bus.changed_by.connect(self._on_change)
        self.reload()

    # ------------------------------------------------------------------ redirect port
    def _redirect_box(self) -> QGroupBox:
        from studio.services import account_setup

        box = QGroupBox(tr("Redirect URI for platforms that demand an exact match (X, Meta, Google)"))
        self.port = QSpinBox()
        self.port.setObjectName("RedirectPort")
        self.port.setRange(1024, 65535)
        self.port.setValue(account_setup.redirect_port() or account_setup.default_redirect_port())
        save = QPushButton(tr("Save port"))
        save.setObjectName("SaveRedirectPort")
        save.clicked.connect(self.save_port)
        self.port_note = _plain(QLabel())
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Loopback port")))
        row.addWidget(self.port)
        row.addWidget(save)
        row.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addLayout(row)
        lay.addWidget(self.port_note)
        self._update_port_note()
        return box

    def _update_port_note(self) -> None:
        p = self.port.value()
        self.port_note.setText(tr("Register http://127.0.0.1:{port}/callback with X, Meta (Facebook, Instagram, "
                                  "Threads) and Google. TikTok accepts a wildcard port: register "
                                  "http://127.0.0.1:*/callback/ there.").format(port=p))

    def save_port(self) -> None:
        from studio.services import account_setup

        account_setup.set_redirect_port(self.port.value())
        self._update_port_note()
        self._show_selected()
        self.status.setText(tr("Redirect port saved; register the new URI with each platform."))

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import account_setup

            return account_setup.health(db)

        Op(self.ctx, self, job).named("check accounts").quiet().latest_only("health").success(self._loaded) \
            .failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(ops.message_of(exc))
        self.refreshed.emit()

    def _loaded(self, rows) -> None:
        selected = self.selected_name()
        self.health = list(rows)
        self.table.setRowCount(len(self.health))
        for r, h in enumerate(self.health):
            errors = [p for p in h.problems if p["severity"] == "error"]
            acc_conf = self._settings_of(h.name)
            target = acc_conf.get("page_name") or acc_conf.get("board_name") or acc_conf.get("page_id") \
                or acc_conf.get("board_id") or ""
            needs = errors[0]["action"] if errors else (h.problems[0]["action"] if h.problems else tr("nothing"))
            until = _when(h.token_expires_at)
            if h.token_expires_at is None and acc_conf.get("page_token_for"):
                until = tr("no expiry (Page token)")
            title = tr(SHORT_TITLES.get(h.platform) or PLATFORM_TITLES.get(h.platform, h.platform))
            if h.platform == "webhook":
                from studio.services.accounts import is_true

                title += " · " + (tr("UNSIGNED") if is_true(acc_conf.get("unsigned")) else
                                  tr("signed") if h.status == "connected" else tr("no signing secret"))
            values = (h.name, title, state_text(h), target, until,
                      _when(h.last_refresh),
                      "—" if h.quota_left_today is None else str(h.quota_left_today), needs)
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))  # QTableWidgetItem text is plain
                item.setToolTip(str(v))
                if c == 2:
                    item.setForeground(Qt.GlobalColor.darkGreen if h.ok else Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        names = [h.name for h in self.health]
        if selected in names:
            self.table.selectRow(names.index(selected))
        elif names:
            self.table.selectRow(0)
        self._show_selected()
        if not self.health:
            self.status.setText(tr("No accounts yet: Add account… to connect TikTok, Instagram, Facebook, YouTube, "
                                   "X, Pinterest, Threads, a webhook or a folder."))
        self.refreshed.emit()

    def _settings_of(self, name: str) -> dict:
        from studio.domain import NotFound
        from studio.services import accounts

        try:
            return accounts.get_account(self.ctx.db, name).settings
        except NotFound:
            return {}

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item else None

    def selected(self):
        name = self.selected_name()
        return next((h for h in self.health if h.name == name), None)

    def _show_selected(self) -> None:
        from studio.services import account_setup

        h = self.selected()
        has = h is not None
        for b in (self.connect_btn, self.remove_btn):
            b.setEnabled(has)
        self.scopes.clear()
        if not has:
            self.detail_title.setText(tr("Select an account to see its health."))
            self.problems.setText("")
            self.redirect_uri.setText("")
            self.redirect_note.setText("")
            self.pick_btn.setEnabled(False)
            self.graph_row.setVisible(False)
            self.graph_label.setVisible(False)
            return
        conf = self._settings_of(h.name)
        g = account_setup.guide(h.platform, conf)
        self.connect_btn.setEnabled(g.oauth)
        self.connect_btn.setText(tr("Reconnect") if h.last_refresh or h.status == "connected" else tr("Connect"))
        self.pick_btn.setEnabled(bool(g.picks))
        self.pick_btn.setText(tr("Pick board") if g.picks == "board" else tr("Pick page"))
        self.detail_title.setText(f"{h.name} — {tr(PLATFORM_TITLES.get(h.platform, h.platform))} — {state_text(h)}")
        lines = [f"{tr('Token until')}: {_when(h.token_expires_at)}   {tr('Last refresh')}: {_when(h.last_refresh)}"]
        if h.quota:
            lines.append(tr("Quota") + ": " + "; ".join(f"{q['name']}: {q['left']} / {q['limit']} {tr('left')}"
                                                       for q in h.quota))
        for p in h.problems:
            mark = "✗" if p["severity"] == "error" else "⚠"
            lines.append(f"{mark} {p['message']}\n    → {p['action']}")
        if not h.problems:
            lines.append("✓ " + tr("Ready to publish."))
        self.problems.setText("\n".join(lines))
        if g.oauth:
            sc = account_setup.scopes(self.ctx.db, h.name)
            granted = set(sc["granted"] or [])
            for s in sc["needed"]:
                ok = sc["granted"] is None or s in granted
                self.scopes.addItem(("✓ " if ok else "✗ ") + s + ("" if sc["granted"] is not None else
                                                                 "  " + tr("(not reported by the platform)")))
            for s in sc["optional"]:
                self.scopes.addItem(("✓ " if s in granted else "○ ") + s + "  " + tr("(optional: first comments)"))
        self.redirect_uri.setText(g.redirect_uri)
        self.redirect_note.setText(g.redirect_note)
        meta = h.platform in ("facebook", "instagram")
        self.graph_row.setVisible(meta)
        self.graph_label.setVisible(meta)
        if meta:
            self._fill_graph_versions(conf.get("api_version"))

    def _fill_graph_versions(self, current: str | None) -> None:
        from studio.services import account_setup

        versions = account_setup.graph_versions()
        self.graph_version.blockSignals(True)
        self.graph_version.clear()
        for v, until in versions:
            self.graph_version.addItem(f"{v}" + (f"  ({tr('until')} {until})" if until else ""), v)
        idx = self.graph_version.findData(current or versions[0][0])
        self.graph_version.setCurrentIndex(max(0, idx))
        self.graph_version.blockSignals(False)

    def save_graph_version(self) -> None:
        name = self.selected_name()
        if not name:
            return
        v = self.graph_version.currentData() or self.graph_version.currentText().split()[0]
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import accounts

            return accounts.update_settings(db, name, api_version=v)

        self._write(job, tr("Graph API version of {name}: {v}").format(name=name, v=v))

    # ------------------------------------------------------------------ actions
    def _write(self, job, done: str) -> None:
        db, name = self.ctx.db, self.selected_name()

        def finished(_result) -> None:
            self.status.setText(done)
            self.status_message.emit(done)
            self.reload()

        Op(self.ctx, self, lambda p, c: account_write(db, lambda: job(p, c), name)).named("accounts").writes() \
            .changes(lambda r: r[1]).success(finished).failure(self._action_failed).run_in_background()

    def _on_change(self, summary, initiator: object = None) -> None:
        # accounts added elsewhere (Review's schedule dialog, Insights' sample data) show here without a restart
        if getattr(summary, "entity", "") == "account" and initiator is not self:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()

    def _action_failed(self, exc: BaseException) -> None:
        self.status.setText(ops.message_of(exc))  # plain text: may quote the platform
        self.reload()

    def open_add(self) -> AddAccountDialog:
        self.add_dialog = AddAccountDialog(self)
        self.add_dialog.accepted.connect(lambda: self.add_account(self.add_dialog.values()))
        self.add_dialog.open()
        return self.add_dialog

    def add_account(self, v: dict) -> None:
        if not v.get("name"):
            self.status.setText(tr("An account needs a name."))
            return

        def finished(result) -> None:
            done = next_step(v["name"], result[2])
            self.status.setText(done)
            self.status_message.emit(done)
            self.reload()

        add_account_op(self.ctx, self, v, finished, self._action_failed)

    def connect_selected(self) -> None:
        name = self.selected_name()
        if not name:
            return
        db = self.ctx.db
        opener = self.browser
        self.status.setText(tr("Sign in to {name} in your browser; waiting for the answer…").format(name=name))

        def job(progress, cancel):
            from studio.services import accounts

            return accounts.connect(db, name, open_url=opener, timeout=300)

        self._write(job, tr("Connected {name}; the token is in the OS keyring.").format(name=name))

    def pick_selected(self) -> None:
        h = self.selected()
        if h is None:
            return
        db, name = self.ctx.db, h.name
        board = h.platform == "pinterest"

        def job(progress, cancel):
            from studio.services import account_setup

            if board:
                return [(b["id"], f"{b['name']} ({b['id']})") for b in account_setup.boards(db, name)]
            out = []
            for p in account_setup.public_pages(account_setup.pages(db, name)):
                label = f"{p['name']} ({p['id']})"
                if p.get("instagram_username"):
                    label += f" — Instagram @{p['instagram_username']}"
                if not p["can_post"]:
                    label += " — " + tr("your role cannot post here")
                out.append((p["id"], label))
            return out

        def show(items) -> None:
            if not items:
                self.status.setText(tr("Nothing to pick: the login manages no pages/boards (reconnect and grant "
                                       "the list permission)."))
                return
            self.pick_dialog = PickDialog(tr("Pick board") if board else tr("Pick page"), items, self)
            self.pick_dialog.accepted.connect(lambda: self.use(name, self.pick_dialog.chosen(), board))
            self.pick_dialog.open()

        Op(self.ctx, self, job).named("list pages").success(show).failure(self._action_failed).run_in_background()

    def use(self, name: str, item_id: str | None, board: bool) -> None:
        if not item_id:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import account_setup

            return (account_setup.use_board if board else account_setup.use_page)(db, name, item_id)

        self._write(job, tr("{name} now posts to {target}.").format(name=name, target=item_id))

    def remove_selected(self, confirm: bool = True) -> None:
        name = self.selected_name()
        if not name:
            return
        if confirm and QMessageBox.question(
                self, tr("Remove account"), tr("Remove {name} and its tokens from the keyring?").format(name=name)
        ) != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db

        def job(progress, cancel):
            from studio.services import accounts

            accounts.remove_account(db, name)

        self._write(job, tr("Removed {name}.").format(name=name))


PAGE = SettingsPage(id="accounts", title="Accounts", order=15, factory=AccountsPage)
