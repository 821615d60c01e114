// The facilitator's board: every statement of the workshop grouped by label, live over server-sent events.
"use strict";

(function () {
  const okr = window.okr;
  const $ = (id) => document.getElementById(id);
  const LABELS = ["key_result", "task", "objective"];
  const state = { key: null, board: null, joinUrl: "", source: null, armed: null, seen: null, spotlit: null };

  function keyHeaders() {
    return { "X-Facilitator-Key": state.key };
  }

  function showError(message) {
    $("board-error").textContent = message || "";
  }

  // --- rendering ---

  function render(board) {
    state.board = board;
    $("workshop-title").textContent = board.workshop.title;
    document.title = board.workshop.title + " · okrcoach";
    $("local-only").hidden = board.workshop.shared;
    $("room-code").textContent = board.workshop.room_code;
    const hide = $("hide-names");
    hide.setAttribute("aria-pressed", board.workshop.hide_names ? "true" : "false");

    const counts = board.counts;
    $("summary").textContent = board.total
      ? okr.t("summary", { total: board.total, kr: counts.key_result, task: counts.task, obj: counts.objective })
      : okr.t("summary_empty");
    const bar = $("summary-bar");
    okr.clear(bar);
    for (const label of LABELS) {
      if (!counts[label]) continue;
      const part = okr.el("span", "bar-part label-" + label);
      part.style.flexGrow = String(counts[label]);  // CSSOM, not a style attribute: allowed by the CSP
      bar.appendChild(part);
    }

    const seen = state.seen;
    for (const label of LABELS) {
      document.querySelector('[data-count="' + label + '"]').textContent = String(counts[label] || 0);
      const list = document.querySelector('[data-entries="' + label + '"]');
      okr.clear(list);
      const entries = board.entries.filter((e) => e.label === label).reverse();
      for (const entry of entries) {
        const item = entryItem(entry, board.workshop.hide_names);
        if (seen && !seen.has(entry.id)) item.classList.add("entry-new");  // flash what just arrived
        list.appendChild(item);
      }
    }
    state.seen = new Set(board.entries.map((e) => e.id));
    renderSpotlight(board);
  }

  function entryItem(entry, hideNames) {
    const item = okr.el("li", "entry");
    item.dataset.id = String(entry.id);
    const text = okr.el("p", "entry-text", entry.text);
    text.lang = entry.lang;
    item.appendChild(text);
    const meta = okr.el("div", "entry-meta");
    const who = hideNames ? "" : entry.name || okr.t("anonymous");
    if (who) meta.appendChild(okr.el("span", "entry-name", who));
    if (entry.source === "import") meta.appendChild(okr.el("span", "entry-source", okr.t("from_sheet")));
    meta.appendChild(okr.el("span", "entry-confidence", okr.percent(entry.confidence)));
    const actions = okr.el("span", "entry-actions");
    meta.appendChild(actions);
    const show = okr.el("button", "small", okr.t("show"));
    show.type = "button";
    show.addEventListener("click", () => setSettings({ spotlight: entry.id }));
    actions.appendChild(show);
    const remove = okr.el("button", "small danger", okr.t("remove"));
    remove.type = "button";
    remove.addEventListener("click", function () {
      if (state.armed !== entry.id) {
        state.armed = entry.id;
        remove.textContent = okr.t("confirm_remove");
        setTimeout(function () {
          if (state.armed === entry.id) {
            state.armed = null;
            remove.textContent = okr.t("remove");
          }
        }, 4000);
        return;
      }
      state.armed = null;
      removeEntry(entry.id);
    });
    actions.appendChild(remove);
    item.appendChild(meta);
    return item;
  }

  function renderSpotlight(board) {
    const box = $("spotlight");
    const entry = board.entries.find((e) => e.id === board.workshop.spotlight);
    if (!entry) {
      if (!box.hidden) {
        box.hidden = true;
        // Back to where the facilitator was: the entry's own "Show large" button if it is still there.
        const back = document.querySelector('.entry[data-id="' + state.spotlit + '"] button') ||
          document.querySelector(".entry[data-id] button");
        if (back) back.focus();
      }
      return;
    }
    state.spotlit = entry.id;
    const verdict = entry.verdict;
    const label = $("spot-label");
    label.className = "label label-big label-" + entry.label;
    label.textContent = okr.t("label_" + entry.label);
    $("spot-name").textContent = board.workshop.hide_names ? "" : entry.name;
    $("spot-text").textContent = entry.text;
    $("spot-text").lang = entry.lang;
    const reasons = $("spot-reasons");
    okr.clear(reasons);
    for (const reason of verdict.reasons || []) reasons.appendChild(okr.reasonItem(reason));
    const list = $("spot-suggestions");
    okr.clear(list);
    for (const suggestion of verdict.suggestions || []) {
      const item = okr.el("li", "spot-suggestion");
      item.lang = entry.lang;
      let pos = 0;
      for (const slot of suggestion.slots.slice().sort((a, b) => a.start - b.start)) {
        item.appendChild(document.createTextNode(suggestion.text.slice(pos, slot.start)));
        item.appendChild(okr.el("mark", "slot-mark", suggestion.text.slice(slot.start, slot.end)));
        pos = slot.end;
      }
      item.appendChild(document.createTextNode(suggestion.text.slice(pos)));
      list.appendChild(item);
    }
    const wasHidden = box.hidden;
    box.hidden = false;
    if (wasHidden) $("spot-close").focus();
  }

  function applyCounts(board, change) {
    board.counts = change.counts;
    board.total = change.total;
    board.workshop.spotlight = change.spotlight;
  }

  // --- actions ---

  async function setSettings(values) {
    const answer = await okr.call("/api/board/settings", { body: values, headers: keyHeaders() });
    if (!answer.ok) showError(answer.data.error);
  }

  async function removeEntry(id) {
    const answer = await okr.call("/api/board/entries/" + id, { method: "DELETE", headers: keyHeaders() });
    if (!answer.ok) showError(answer.data.error);
  }

  async function importSheet(file) {
    const answer = await okr.call("/api/board/import?name=" + encodeURIComponent(file.name), {
      body: file,
      headers: Object.assign({ "Content-Type": "application/octet-stream" }, keyHeaders()),
    });
    showError(answer.ok ? "" : answer.data.error);
    $("board-status").textContent = answer.ok ? okr.t("imported", { n: answer.data.imported }) : "";
  }

  // --- live updates ---

  function connect() {
    if (state.source) state.source.close();
    const source = new EventSource("/api/board/events?key=" + encodeURIComponent(state.key));
    state.source = source;
    function live() {
      $("live").textContent = okr.t("live");
      $("live").className = "live live-on";
    }
    source.addEventListener("board", function (event) {
      live();
      render(JSON.parse(event.data));
    });
    // Changes come one entry at a time; they are applied by id, so one seen twice changes nothing.
    source.addEventListener("added", function (event) {
      live();
      const change = JSON.parse(event.data);
      const board = state.board;
      if (!board.entries.some((e) => e.id === change.entry.id)) board.entries.push(change.entry);
      applyCounts(board, change);
      render(board);
    });
    source.addEventListener("removed", function (event) {
      live();
      const change = JSON.parse(event.data);
      const board = state.board;
      board.entries = board.entries.filter((e) => e.id !== change.id);
      applyCounts(board, change);
      render(board);
    });
    source.addEventListener("error", function () {
      $("live").textContent = okr.t("offline");
      $("live").className = "live live-off";
    });
  }

  async function start() {
    okr.setLang(okr.initialLang());
    const params = new URLSearchParams(window.location.search);
    state.key = params.get("key") || okr.recall("okrcoach.key", "session");
    // The board is projected: keep the key out of the address bar once it is read.
    if (params.get("key")) window.history.replaceState(null, "", window.location.pathname);
    if (!state.key) {
      showError(okr.t("key_missing"));
      return;
    }
    okr.remember("okrcoach.key", state.key, "session");
    const answer = await okr.call("/api/board", { headers: keyHeaders() });
    if (!answer.ok) {
      showError(answer.status === 403 ? answer.data.error : okr.t("key_missing"));
      return;
    }
    state.joinUrl = answer.data.join_url;
    $("join-url").textContent = state.joinUrl;
    $("open-page").href = state.joinUrl;
    $("qr").src = "/api/board/qr.svg?key=" + encodeURIComponent(state.key);
    $("qr").alt = okr.t("join_here") + ": " + state.joinUrl;
    $("export-csv").href = "/api/board/export.csv?key=" + encodeURIComponent(state.key);
    $("export-xlsx").href = "/api/board/export.xlsx?key=" + encodeURIComponent(state.key);
    render(answer.data);
    connect();

    $("lang-toggle").addEventListener("click", function () {
      okr.setLang(okr.lang === "ja" ? "en" : "ja");
      if (state.board) render(state.board);
    });
    $("hide-names").addEventListener("click", function () {
      setSettings({ hide_names: !(state.board && state.board.workshop.hide_names) });
    });
    $("spot-close").addEventListener("click", () => setSettings({ spotlight: null }));
    document.addEventListener("keydown", function (event) {
      if ($("spotlight").hidden) return;
      if (event.key === "Escape") setSettings({ spotlight: null });
      if (event.key === "Tab") {  // the dialog holds the focus while it is open
        event.preventDefault();
        $("spot-close").focus();
      }
    });
    $("import-button").addEventListener("click", () => $("import-file").click());
    $("import-file").addEventListener("change", function () {
      const file = $("import-file").files[0];
      if (file) importSheet(file);
      $("import-file").value = "";
    });
  }

  start();
})();
