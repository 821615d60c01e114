// The phrasing page: live classification as the participant types, rewrites with editable example values,
// and submission to the workshop's board.
"use strict";

(function () {
  const okr = window.okr;
  const $ = (id) => document.getElementById(id);
  const state = {
    room: null,
    participant: null,
    payload: null,
    controller: null,
    seq: 0,
  };

  function roomHeaders() {
    return state.room ? { "X-Room-Code": state.room } : {};
  }

  function showError(message) {
    $("error").textContent = message || "";
  }

  // --- joining ---

  function normaliseCode(code) {
    const chars = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
    return chars.length === 8 ? chars.slice(0, 4) + "-" + chars.slice(4) : chars;
  }

  async function join(code, fromLink) {
    const room = normaliseCode(code || "");
    if (!room) return false;
    const answer = await okr.call("/api/room", { headers: { "X-Room-Code": room } });
    if (answer.ok) {
      state.room = answer.data.room_code;
      okr.remember("okrcoach.room", state.room);
      $("room-badge").textContent = okr.t("room_code") + " " + state.room;
      $("room-badge").hidden = false;
      $("join").hidden = true;
      $("room-error").textContent = "";
      updateSubmit();
      loadMine();
      flush();
      return true;
    }
    state.room = null;
    okr.remember("okrcoach.room", null);
    $("join").hidden = false;
    $("room-error").textContent = fromLink && answer.status === 401 ? "" : answer.data.error;
    updateSubmit();
    return false;
  }

  function needRoom(message) {
    $("join").hidden = false;
    $("room-error").textContent = message || okr.t("need_room");
    $("room-input").focus();
  }

  // --- classification ---

  async function classify(text) {
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    state.controller = controller;
    const seq = ++state.seq;
    $("busy").hidden = false;
    let answer;
    try {
      answer = await okr.call("/api/classify", {
        body: { text: text, ui: okr.lang },
        headers: roomHeaders(),
        signal: controller.signal,
      });
    } catch (err) {
      return;  // a newer keystroke took over
    }
    if (seq !== state.seq) return;
    $("busy").hidden = true;
    if (answer.ok) {
      showError("");
      state.payload = answer.data;
      renderVerdict(answer.data);
    } else if (answer.status === 401 || answer.status === 403) {
      needRoom(answer.data.error);
    } else {
      showError(answer.data.error);
    }
  }

  const classifySoon = okr.debounce(function () {
    const text = $("statement").value;
    if (!text.trim()) {
      state.seq++;
      state.payload = null;
      $("verdict").hidden = true;
      $("rewrites").hidden = true;
      showError("");
      return;
    }
    classify(text);
  }, 250);

  function renderVerdict(payload) {
    $("verdict").hidden = false;
    const label = $("label");
    label.className = "label label-big label-" + payload.label;
    label.textContent = payload.label_name;
    $("confidence").textContent = okr.t("confidence", { p: okr.percent(payload.confidence) });
    const reasons = $("reasons");
    okr.clear(reasons);
    for (const reason of payload.reasons) reasons.appendChild(okr.reasonItem(reason));
    const checks = $("checks");
    okr.clear(checks);
    for (const check of payload.checks) {
      checks.appendChild(
        okr.reasonItem({ mark: check.passed ? "pass" : "fail", message: check.message, span: check.span })
      );
    }
    renderSuggestions(payload);
  }

  // --- rewrites with editable example values ---

  const measure = document.createElement("canvas").getContext("2d");

  function sizeSlot(input) {
    // Fit the box to its text in the font it is drawn with (CSSOM width: allowed by the CSP).
    const style = window.getComputedStyle(input);
    measure.font = style.fontWeight + " " + style.fontSize + " " + style.fontFamily;
    const text = measure.measureText(input.value || " ").width;
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    input.style.width = Math.ceil(text + padding + 4) + "px";
  }

  function sentenceOf(parts) {
    return parts.map((p) => (typeof p === "string" ? p : p.value)).join("");
  }

  function renderSuggestions(payload) {
    const list = $("suggestions");
    okr.clear(list);
    const section = $("rewrites");
    $("slot-hint").hidden = !payload.suggestions.length;
    if (!payload.suggestions.length) {
      section.hidden = payload.label !== "key_result";
      $("rewrites-fixes").textContent = okr.t("no_rewrites");
      return;
    }
    section.hidden = false;
    const sep = okr.lang === "ja" ? "・" : ", ";
    $("rewrites-fixes").textContent = okr.t("fixes", { fixes: payload.suggestions[0].fix_names.join(sep) });
    const texts = [];
    payload.suggestions.forEach(function (suggestion, index) {
      list.appendChild(suggestionItem(suggestion, index, payload.lang));
      texts.push(suggestion.text);
    });
    for (const input of list.querySelectorAll("input.slot")) sizeSlot(input);
    labelSuggestions(texts, state.seq);
  }

  function suggestionItem(suggestion, index, lang) {
    const item = okr.el("li", "suggestion");
    const sentence = okr.el("p", "sentence");
    sentence.lang = lang;
    const parts = [];
    let pos = 0;
    const slots = suggestion.slots.slice().sort((a, b) => a.start - b.start);
    for (const slot of slots) {
      if (slot.start > pos) {
        const before = suggestion.text.slice(pos, slot.start);
        parts.push(before);
        sentence.appendChild(document.createTextNode(before));
      }
      const input = okr.el("input", "slot slot-" + slot.name);
      input.type = "text";
      input.value = suggestion.text.slice(slot.start, slot.end);
      input.spellcheck = false;
      input.setAttribute("aria-label", okr.t("slot", { name: slot.name }));
      input.dataset.slot = slot.name;
      parts.push(input);
      sentence.appendChild(input);
      pos = slot.end;
    }
    if (pos < suggestion.text.length) {
      const rest = suggestion.text.slice(pos);
      parts.push(rest);
      sentence.appendChild(document.createTextNode(rest));
    }
    item.appendChild(sentence);

    const tools = okr.el("div", "suggestion-tools");
    const badge = okr.el("span", "label label-small");
    badge.hidden = true;
    badge.dataset.badge = String(index);
    tools.appendChild(badge);
    const copy = okr.el("button", "small", okr.t("copy"));
    copy.type = "button";
    copy.addEventListener("click", async function () {
      const done = await okr.copyText(sentenceOf(parts));
      copy.textContent = done ? okr.t("copied") : okr.t("copy");
      setTimeout(() => (copy.textContent = okr.t("copy")), 1500);
    });
    tools.appendChild(copy);
    const use = okr.el("button", "small", okr.t("use"));
    use.type = "button";
    use.addEventListener("click", function () {
      const box = $("statement");
      box.value = sentenceOf(parts);
      box.focus();
      classify(box.value);
    });
    tools.appendChild(use);
    item.appendChild(tools);

    const recheck = okr.debounce(async function () {
      const text = sentenceOf(parts);
      const answer = await okr.call("/api/classify", {
        body: { text: text, ui: okr.lang, rewrites: false },
        headers: roomHeaders(),
      });
      if (answer.ok && sentenceOf(parts) === text) setBadge(badge, answer.data);
    }, 250);
    for (const part of parts) {
      if (typeof part === "string") continue;
      part.addEventListener("input", function () {
        sizeSlot(part);
        item.dataset.edited = "true";
        recheck();
      });
      part.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
          event.preventDefault();
          copy.focus();
        }
      });
    }
    return item;
  }

  function setBadge(badge, payload) {
    badge.className = "label label-small label-" + payload.label;
    badge.textContent = payload.label_name;
    badge.title = payload.reasons.map((r) => r.message).join("\n");
    badge.hidden = false;
  }

  async function labelSuggestions(texts, seq) {
    const answer = await okr.call("/api/classify_many", {
      body: { texts: texts, ui: okr.lang, rewrites: false },  // only their labels are shown
      headers: roomHeaders(),
    });
    if (!answer.ok || seq !== state.seq) return;
    answer.data.verdicts.forEach(function (payload, index) {
      const badge = document.querySelector('[data-badge="' + index + '"]');
      if (badge && !badge.closest(".suggestion").dataset.edited) setBadge(badge, payload);
    });
  }

  // --- the board ---

  function updateSubmit() {
    $("submit").disabled = !$("statement").value.trim();
  }

  // Submissions wait in this browser's storage until the server has answered them, so a closed laptop
  // lid or a dropped network loses nothing; each carries its own id, so a resent one is stored once.
  const PENDING = "okrcoach.pending";
  let flushing = false;
  let retryTimer = null;

  function pending() {
    try {
      const list = JSON.parse(okr.recall(PENDING) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function savePending(list) {
    okr.remember(PENDING, list.length ? JSON.stringify(list) : null);
  }

  function dropPending(submission) {
    savePending(pending().filter((item) => item.submission !== submission));
  }

  async function submit() {
    const text = $("statement").value;
    if (!text.trim()) return;
    if (!state.room) {
      needRoom();
      return;
    }
    const name = $("name").value.trim();
    okr.remember("okrcoach.name", name);
    const submission = "s-" + okr.randomId().slice(2);
    savePending(pending().concat([{ text: text, name: name, submission: submission, room: state.room }]));
    await flush();
  }

  async function flush() {
    if (flushing || !state.room) return;
    flushing = true;
    clearTimeout(retryTimer);
    let added = 0;
    let waiting = false;
    try {
      for (const item of pending()) {
        if (item.room !== state.room) continue;  // kept for the room it was written in
        const answer = await okr.call("/api/statements", {
          body: {
            text: item.text,
            name: item.name,
            participant: state.participant,
            submission: item.submission,
            ui: okr.lang,
          },
          headers: { "X-Room-Code": item.room },
        });
        if (answer.ok) {
          dropPending(item.submission);
          added += 1;
        } else if (answer.status === 0 || answer.status === 429 || answer.status >= 500) {
          waiting = true;  // the server is away or busy: try again shortly
          break;
        } else {
          dropPending(item.submission);  // refused for good (the statement or the code): say why
          if (answer.status === 401 || answer.status === 403) needRoom(answer.data.error);
          else showError(answer.data.error);
        }
      }
    } finally {
      flushing = false;
    }
    if (waiting) {
      $("submit-status").textContent = okr.t("kept");
      retryTimer = setTimeout(flush, 4000);
    } else if (added) {
      showError("");
      $("submit-status").textContent = okr.t("added");
      setTimeout(() => ($("submit-status").textContent = ""), 2500);
    }
    if (added) loadMine();
  }

  async function loadMine() {
    if (!state.room) return;
    const answer = await okr.call("/api/statements?participant=" + encodeURIComponent(state.participant), {
      headers: roomHeaders(),
    });
    if (!answer.ok) return;
    const list = $("mine-list");
    okr.clear(list);
    for (const entry of answer.data.entries.slice().reverse()) {
      const item = okr.el("li", "mine-item");
      item.appendChild(okr.labelChip(entry.label));
      item.appendChild(okr.el("span", "mine-text", entry.text));
      list.appendChild(item);
    }
    $("mine").hidden = answer.data.entries.length === 0;
  }

  // --- start ---

  function start() {
    okr.setLang(okr.initialLang());
    state.participant = okr.recall("okrcoach.participant");
    if (!state.participant || !/^[A-Za-z0-9_-]{16,64}$/.test(state.participant)) {
      state.participant = okr.randomId();
      okr.remember("okrcoach.participant", state.participant);
    }
    $("name").value = okr.recall("okrcoach.name") || "";

    $("lang-toggle").addEventListener("click", function () {
      okr.setLang(okr.lang === "ja" ? "en" : "ja");
      if (state.room) $("room-badge").textContent = okr.t("room_code") + " " + state.room;
      if ($("statement").value.trim()) classify($("statement").value);
      loadMine();
    });
    $("statement").addEventListener("input", function (event) {
      updateSubmit();
      if (!event.isComposing) classifySoon();  // Japanese input: wait until the characters are chosen
    });
    $("statement").addEventListener("compositionend", classifySoon);
    $("statement").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    $("submit").addEventListener("click", submit);
    $("room-join").addEventListener("click", () => join($("room-input").value, false));
    $("room-input").addEventListener("keydown", function (event) {
      if (event.key === "Enter") join($("room-input").value, false);
    });

    const params = new URLSearchParams(window.location.search);
    const fromLink = params.get("room");
    if (fromLink) window.history.replaceState(null, "", window.location.pathname);
    const code = fromLink || okr.recall("okrcoach.room");
    if (code) {
      join(code, true);
    } else {
      $("join").hidden = false;
    }
    $("statement").focus();
    if ($("statement").value.trim()) classifySoon();
  }

  start();
})();
