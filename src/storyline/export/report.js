// storyline report: the evidence panel. Offsets in the embedded data are already UTF-16 units
// (converted from code points in Python), so String.prototype.slice is exact here.
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("sl-data").textContent);
  const docs = data.docs;
  const items = data.items;
  const panel = document.getElementById("panel");
  const titleEl = document.getElementById("panel-title");
  const bodyEl = document.getElementById("panel-body");
  const FULL_DOCS = 4; // beyond this many documents, show snippets that expand on demand
  const CONTEXT = 160;
  let activeEl = null;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Sorted, non-overlapping ranges, clamped to the text.
  function ranges(spans, length) {
    const rs = spans
      .map(([, s, e]) => [Math.min(s, length), Math.min(Math.max(e, s), length)])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out = [];
    for (const r of rs) {
      const last = out[out.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else out.push(r.slice());
    }
    return out;
  }

  // Text from `from` to `to` with the ranges inside it wrapped in <mark>; never innerHTML.
  function marked(text, rs, from, to, cls) {
    const box = el("div", cls);
    let pos = from;
    for (const [s, e] of rs) {
      if (e <= from || s >= to) continue;
      const a = Math.max(s, from), b = Math.min(e, to);
      if (a > pos) box.append(text.slice(pos, a));
      box.append(el("mark", null, text.slice(a, b)));
      pos = b;
    }
    if (pos < to) box.append(text.slice(pos, to));
    return box;
  }

  function docTitle(doc) {
    const first = doc.text.trim().split("\n", 1)[0];
    return doc.title || (first.length > 90 ? first.slice(0, 89) + "…" : first) || doc.id;
  }

  function docBlock(i, spans, full) {
    const doc = docs[i];
    const block = el("div", "ev-doc");
    block.append(el("h5", null, docTitle(doc)));
    block.append(el("div", "muted", doc.label + " · " + doc.id));
    const rs = ranges(spans, doc.text.length);
    if (spans.some((s) => !s[3])) {
      block.append(el("p", "warn", "The span offsets do not match this document's text: the export may be damaged."));
    }
    if (spans.length) {
      const list = el("ol", "ev-spans");
      spans.forEach(([, s, e]) => list.append(el("li", null, doc.text.slice(s, e) || "(empty span)")));
      block.append(list);
    }
    if (full || !rs.length) {
      block.append(marked(doc.text, rs, 0, doc.text.length, "doctext"));
    } else {
      // a snippet around the first span; the button below shows the rest
      const from = Math.max(0, rs[0][0] - CONTEXT);
      const to = Math.min(doc.text.length, rs[0][1] + CONTEXT);
      const box = marked(doc.text, rs, from, to, "doctext");
      box.prepend(from > 0 ? "… " : "");
      box.append(to < doc.text.length ? " …" : "");
      const more = el("button", "more", "show the whole document");
      more.type = "button";
      more.addEventListener("click", () => block.replaceWith(docBlock(i, spans, true)));
      block.append(box, more);
    }
    return block;
  }

  function open(key, source) {
    let title;
    const groups = new Map();
    if (key.startsWith("d:")) {
      const i = Number(key.slice(2));
      if (!docs[i]) return;
      title = docTitle(docs[i]);
      groups.set(i, []);
    } else {
      const item = items[key];
      if (!item) return;
      title = item.t;
      for (const span of item.s) {
        if (!groups.has(span[0])) groups.set(span[0], []);
        groups.get(span[0]).push(span);
      }
    }
    titleEl.textContent = title;
    bodyEl.replaceChildren();
    const item = items[key];
    if (item && item.m) bodyEl.append(el("p", "warn", "Documents not in this report: " + item.m.join(", ")));
    if (!groups.size) bodyEl.append(el("p", "muted", "No evidence recorded."));
    const full = groups.size <= FULL_DOCS;
    for (const [i, spans] of groups) bodyEl.append(docBlock(i, spans, full));
    if (activeEl) activeEl.classList.remove("active");
    activeEl = source || null;
    if (activeEl) activeEl.classList.add("active");
    panel.hidden = false;
    const first = bodyEl.querySelector("mark");
    if (first) {
      first.classList.add("cur");
      first.scrollIntoView({ block: "center" });
    } else {
      bodyEl.scrollTop = 0;
    }
  }

  function close() {
    panel.hidden = true;
    if (activeEl) {
      activeEl.classList.remove("active");
      activeEl.focus();
    }
  }

  document.addEventListener("click", (e) => {
    const target = e.target.closest("[data-item]");
    if (target) {
      e.preventDefault();
      open(target.dataset.item, target);
    }
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !panel.hidden) close();
    const target = e.target.closest && e.target.closest("[data-item]");
    if (target && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      open(target.dataset.item, target);
    }
  });
  document.getElementById("panel-close").addEventListener("click", close);
  // closed <details> do not print: open them all for paper
  window.addEventListener("beforeprint", () => document.querySelectorAll("details").forEach((d) => (d.open = true)));
})();
