"""Settings › LLM: model servers already running on this machine (Ollama, LM Studio, llama.cpp, vLLM — found in
the background when the page opens, pick one and "Use this model"), provider, base URL, model (listed from the
endpoint's /models when it offers one), API key (OS keyring only), local model folder, a test-connection button,
and "approval required before scheduling". Everything goes through ``studio.services.providers`` /
``llm_setup`` / ``drafts`` (Qt-free), off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import ops, theme
from ui.i18n import tr
from ui.ops import Op
from ui.settings_pages import SettingsPage


class LLMSettings(QWidget):
    def __init__(self, ctx) -> None:
        super().__init__()
        from studio.services import drafts, providers

        self.ctx = ctx
        cur = providers.current_settings(ctx.settings)
        self.provider = QComboBox()
        for p in providers.list_providers(ctx.settings):
            label = p["title"] if p["available"] is True else f"{p['title']} — {p['available']}"
            self.provider.addItem(label, p["name"])
        idx = self.provider.findData(cur["provider"])
        self.provider.setCurrentIndex(max(0, idx))
        self.base_url = QLineEdit(cur["base_url"], placeholderText="http://127.0.0.1:11434/v1")
        self.model = QComboBox(editable=True)
        self.model.setEditText(cur["model"])
        self.list_button = QPushButton(tr("List models"))
        self.key = QLineEdit(echoMode=QLineEdit.EchoMode.Password,
                             placeholderText=tr("stored in the OS keyring") if cur["has_key"] else tr("API key"))
        self.local_path = QLineEdit(cur["local_path"], placeholderText=tr("folder written by save_pretrained()"))
        self.test_button = QPushButton(tr("Test connection"))
        self.save_button = QPushButton(tr("Save"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        # servers already running on this machine (studio.services.llm_setup, found off the GUI thread)
        self.servers = QComboBox()
        self.servers.setObjectName("LocalModelServers")
        self.find_button = QPushButton(tr("Find again"))
        self.use_button = QPushButton(tr("Use this model"))
        self.use_button.setEnabled(False)
        self.servers_note = QLabel(tr("Looking for model servers on this machine…"))
        self.servers_note.setWordWrap(True)
        self.servers_note.setTextFormat(Qt.TextFormat.PlainText)
        self.key_hint = QLabel(tr("No local server? Choose the OpenAI-compatible endpoint, enter its base URL "
                                  "(e.g. https://api.openai.com/v1), a model and your API key — the key is kept "
                                  "in the OS keyring only."))
        self.key_hint.setWordWrap(True)
        theme.tint(self.key_hint, "muted")
        self.approval = QCheckBox(tr("Approval required before scheduling"))
        self.approval.setChecked(drafts.approval_required(ctx.settings))
        env = [k for k, v in cur["env"].items() if v]
        self.env_note = QLabel(tr("Environment overrides active: ") + ", ".join(env) if env else "")
        self.env_note.setWordWrap(True)  # a list of variables must not set the window's minimum width
        if not cur["keyring_available"]:
            self.key.setEnabled(False)
            self.key.setPlaceholderText(tr("no OS keyring: set STUDIO_LLM_API_KEY (or STUDIO_SECRET_LLM_API_KEY) for this run"))

        form = QFormLayout()
        srow = QHBoxLayout()
        srow.addWidget(self.servers, 1)
        srow.addWidget(self.use_button)
        srow.addWidget(self.find_button)
        form.addRow(tr("On this machine"), srow)
        form.addRow("", self.servers_note)
        form.addRow(tr("Provider"), self.provider)
        form.addRow(tr("Base URL"), self.base_url)
        mrow = QHBoxLayout()
        mrow.addWidget(self.model, 1)
        mrow.addWidget(self.list_button)
        form.addRow(tr("Model"), mrow)
        form.addRow(tr("API key"), self.key)
        form.addRow("", self.key_hint)
        form.addRow(tr("Local model folder"), self.local_path)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.result)
        lay.addWidget(self.env_note)
        lay.addWidget(self.approval)
        lay.addStretch(1)

        self.provider.currentIndexChanged.connect(self._sync)
        self.test_button.clicked.connect(self.test)
        self.list_button.clicked.connect(self.list_models)
        self.save_button.clicked.connect(self.save)
        self.approval.toggled.connect(lambda on: drafts.set_approval_required(on, ctx.settings))
        self.find_button.clicked.connect(self.find_servers)
        self.servers.activated.connect(self.pick_server)
        self.use_button.clicked.connect(self.use_server)
        self._sync()
        self.find_servers()

    # ------------------------------------------------------------------ local servers
    def find_servers(self) -> None:
        """Probe 127.0.0.1 for OpenAI-compatible servers on the task runner (never blocks the window)."""
        from studio.services import llm_setup

        self.servers_note.setText(tr("Looking for model servers on this machine…"))

        def job(progress, cancel):
            return llm_setup.discover()

        Op(self.ctx, self, job).named("find model servers").quiet().busy(self.find_button) \
            .success(self._servers_found).failure(lambda exc: self._servers_found([], ops.message_of(exc))) \
            .run_in_background()

    def _servers_found(self, found, error: str | None = None) -> None:
        self.found = list(found)
        self.servers.clear()
        for srv in self.found:
            for model in srv.models:
                self.servers.addItem(f"{srv.name} — {model}", (srv.base_url, model))
            if not srv.models:
                self.servers.addItem(f"{srv.name} — {srv.note}", (srv.base_url, ""))
        self.use_button.setEnabled(any(srv.models for srv in self.found))
        if error:
            self.servers_note.setText("✘ " + error)
        elif self.found:
            self.servers_note.setText("; ".join(srv.label for srv in self.found)
                                      + ". " + tr("Pick a model, test it, and use it."))
        else:
            self.servers_note.setText(tr("No model server is running on this machine (Ollama 11434, LM Studio "
                                         "1234, llama.cpp 8080, vLLM 8000). Start one and press Find again, or "
                                         "use an API key below."))

    def pick_server(self, _index: int = -1) -> None:
        """Fill provider, base URL and model from the chosen server (Test and Save then work on it)."""
        data = self.servers.currentData()
        if not data:
            return
        base, model = data
        self.provider.setCurrentIndex(max(0, self.provider.findData("openai_compat")))
        self.base_url.setText(base)
        if model:
            self.model.setEditText(model)

    def use_server(self) -> None:
        """Test the chosen model once (timed, through the openai SDK) and make it the writer if it answers."""
        from studio.services import llm_setup

        data = self.servers.currentData()
        if not data or not data[1]:
            return
        self.pick_server()
        base, model = data
        settings = self.ctx.settings
        self.result.setText(tr("Testing") + f" {model}…")

        def job(progress, cancel):
            res = llm_setup.test_model(base, model)
            if res.ok:
                llm_setup.use(base, model, settings=settings)
            return res

        def done(res) -> None:
            self.result.setText(("✔ " + res.message + " — " + tr("generation now uses it.")) if res.ok
                                else "✘ " + res.message)

        Op(self.ctx, self, job).named("test model").busy(self.use_button).success(done) \
            .failure(lambda exc: self.result.setText("✘ " + ops.message_of(exc))).run_in_background()

    def _sync(self) -> None:
        name = self.provider.currentData()
        remote = name == "openai_compat"
        for w in (self.base_url, self.model, self.list_button, self.key):
            w.setVisible(remote)
        self.local_path.setVisible(name == "transformers_local")

    def overrides(self) -> dict:
        name = self.provider.currentData()
        out: dict = {}
        if name == "openai_compat":
            out = {"base_url": self.base_url.text().strip() or None, "model": self.model.currentText().strip() or None}
            if self.key.text():
                out["api_key"] = self.key.text()
        elif name == "transformers_local":
            out = {"model_path": self.local_path.text().strip() or None}
        return out

    def test(self) -> None:
        from studio.services import providers

        name, overrides = self.provider.currentData(), self.overrides()
        self.result.setText(tr("Testing…"))

        def job(progress, cancel):
            return providers.test_connection(name, max_retries=0, **overrides)

        def done(res):
            self.result.setText(("✔ " if res["ok"] else "✘ ") + res["message"])
            if res.get("models"):
                self._set_models(res["models"])

        Op(self.ctx, self, job).named("test LLM connection").busy(self.test_button).success(done) \
            .failure(lambda exc: self.result.setText("✘ " + ops.message_of(exc))).run_in_background()

    def _set_models(self, models: list[str]) -> None:
        current = self.model.currentText()
        self.model.clear()
        self.model.addItems(models)
        self.model.setEditText(current or (models[0] if models else ""))

    def list_models(self) -> None:
        from studio.services import providers

        overrides = self.overrides()
        overrides.setdefault("model", "any")

        def job(progress, cancel):
            return providers.list_models("openai_compat", max_retries=0, **overrides)

        Op(self.ctx, self, job).named("list models").success(self._set_models).failure(
            lambda exc: self.result.setText(tr("This endpoint offers no model list: ") + ops.message_of(exc))) \
            .run_in_background()

    def save(self) -> None:
        from studio.services import providers

        o = self.overrides()
        try:
            providers.save_settings(provider=self.provider.currentData(), base_url=o.get("base_url"),
                                    model=o.get("model"), api_key=o.get("api_key"), local_path=o.get("model_path"),
                                    settings=self.ctx.settings)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.result.setText("✘ " + str(exc))
            return
        self.key.clear()
        self.result.setText(tr("Saved."))


PAGE = SettingsPage(id="llm", title="LLM", order=20, factory=LLMSettings)
