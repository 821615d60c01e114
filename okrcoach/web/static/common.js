// Shared by the phrasing page and the board: language, JSON calls, safe element building, copying.
// Every piece of text reaches the page through textContent or an attribute, never parsed as HTML.
"use strict";

window.okr = (function () {
  const WORDS = window.OKR_WORDS;
  let lang = "en";

  function storage(kind) {
    try {
      return kind === "session" ? window.sessionStorage : window.localStorage;
    } catch (e) {
      return null;  // storage disabled: the page still works, it just forgets on reload
    }
  }

  function remember(key, value, kind) {
    const s = storage(kind);
    if (s) {
      if (value === null || value === undefined || value === "") s.removeItem(key);
      else s.setItem(key, value);
    }
  }

  function recall(key, kind) {
    const s = storage(kind);
    return s ? s.getItem(key) : null;
  }

  function initialLang() {
    const saved = recall("okrcoach.lang");
    if (saved === "en" || saved === "ja") return saved;
    const wanted = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
    return wanted.toLowerCase().startsWith("ja") ? "ja" : "en";
  }

  function t(key, values) {
    let text = (WORDS[lang] && WORDS[lang][key]) || WORDS.en[key] || key;
    if (values) {
      for (const name of Object.keys(values)) text = text.split("{" + name + "}").join(String(values[name]));
    }
    return text;
  }

  function setLang(next) {
    lang = next === "ja" ? "ja" : "en";
    remember("okrcoach.lang", lang);
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
      node.setAttribute("placeholder", t(node.dataset.i18nPlaceholder));
    }
    const toggle = document.getElementById("lang-toggle");
    if (toggle) {
      toggle.textContent = lang === "ja" ? "English" : "日本語";
      toggle.lang = lang === "ja" ? "en" : "ja";
      toggle.setAttribute("aria-label", lang === "ja" ? "Switch to English" : "日本語に切り替える");
    }
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  async function call(path, options) {
    const opts = options || {};
    const headers = Object.assign({}, opts.headers || {});
    let body = opts.body;
    if (body !== undefined && !(body instanceof Blob)) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, {
        method: opts.method || (body === undefined ? "GET" : "POST"),
        headers: headers,
        body: body,
        signal: opts.signal,
        credentials: "same-origin",
        cache: "no-store",
      });
    } catch (err) {
      if (err && err.name === "AbortError") throw err;
      return { ok: false, status: 0, data: { error: "the server does not answer" } };
    }
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = { error: "unexpected answer from the server (" + response.status + ")" };
    }
    return { ok: response.ok, status: response.status, data: data };
  }

  async function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (e) {
        // fall through to the selection copy below
      }
    }
    // Pages opened over the local network are not a "secure context": copy through a selection.
    const area = el("textarea", "visually-hidden");
    area.value = text;
    area.setAttribute("readonly", "");
    document.body.appendChild(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand("copy");
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done;
  }

  function randomId() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);  // available without https, unlike crypto.randomUUID
    return "p-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function labelChip(label, name) {
    const chip = el("span", "label label-" + label, name || t("label_" + label));
    return chip;
  }

  function percent(p) {
    return Math.round(p * 100) + "%";
  }

  function debounce(fn, ms) {
    let timer = null;
    return function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(this, args), ms);
    };
  }

  const MARKS = { pass: "✓", fail: "✗", tip: "·", note: "?" };

  function reasonItem(reason) {
    const item = el("li", "reason reason-" + reason.mark);
    const mark = el("span", "mark", MARKS[reason.mark] || "·");
    mark.setAttribute("aria-label", t("mark_" + reason.mark));
    mark.setAttribute("role", "img");
    item.appendChild(mark);
    const body = el("span", "reason-body");
    body.appendChild(el("span", "reason-message", reason.message));
    if (reason.span) {
      const words = el("q", "words", reason.span);
      words.setAttribute("title", t("words"));
      body.appendChild(document.createTextNode(" "));
      body.appendChild(words);
    }
    item.appendChild(body);
    return item;
  }

  return {
    t: t,
    get lang() {
      return lang;
    },
    initialLang: initialLang,
    setLang: setLang,
    el: el,
    clear: clear,
    call: call,
    copyText: copyText,
    randomId: randomId,
    labelChip: labelChip,
    percent: percent,
    debounce: debounce,
    reasonItem: reasonItem,
    remember: remember,
    recall: recall,
  };
})();
