// storyline serve: evidence links, the document's findings panel, job progress.
// No inline script anywhere (the Content-Security-Policy forbids it); page data comes in
// <script type="application/json"> blocks, and every text goes in with textContent, never innerHTML.
(() => {
  "use strict";
  const panel = document.getElementById("panel");
  const titleEl = document.getElementById("panel-title");
  const bodyEl = document.getElementById("panel-body");
  const csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  const role = document.body.dataset.role || "";
  const canCorrect = role === "analyst" || role === "admin";

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function link(href, text) {
    const a = el("a", null, text);
    a.href = href;
    return a;
  }
  function readJSON(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function docHref(doc, spans) {
    const hl = spans.map(([, s, e]) => s + "-" + e).join(",");
    return "/documents/" + encodeURIComponent(doc) + (hl ? "?hl=" + hl + "#hl" : "");
  }
  function openPanel(title) {
    titleEl.textContent = title;
    bodyEl.replaceChildren();
    panel.hidden = false;
  }
  function closePanel() {
    panel.hidden = true;
  }
  function rejectForm(itemId) {
    const form = el("form", "stack");
    form.method = "post";
    form.action = "/corrections";
    for (const [name, value] of [["csrf", csrf], ["kind", "reject"], ["item", itemId]]) {
      const input = el("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.append(input);
    }
    const note = el("input");
    note.name = "note";
    note.placeholder = "why (optional)";
    const button = el("button", "danger", "Reject this item");
    button.type = "submit";
    form.append(note, button);
    return form;
  }

  // ------------------------------------------------------------ story page: evidence
  const story = readJSON("sl-data");
  function openItem(key) {
    if (key.startsWith("d:")) {
      const doc = story.docs[Number(key.slice(2))];
      if (doc) window.location.href = "/documents/" + encodeURIComponent(doc);
      return;
    }
    if (key.startsWith("e:")) {
      window.location.href = "/entities/" + encodeURIComponent(key.slice(2));
      return;
    }
    const item = story.items[key];
    if (!item) return;
    const byDoc = new Map();
    for (const span of item.s) {
      if (!byDoc.has(span[0])) byDoc.set(span[0], []);
      byDoc.get(span[0]).push(span);
    }
    const itemId = key.slice(key.indexOf(":") + 1);
    if (byDoc.size === 1 && !canCorrect) {
      const [[doc, spans]] = byDoc;
      window.location.href = docHref(doc, spans);
      return;
    }
    openPanel(item.t);
    bodyEl.append(el("p", "muted", itemId));
    if (!byDoc.size) bodyEl.append(el("p", "muted", "No evidence recorded."));
    const list = el("ul", "ev-list");
    for (const [doc, spans] of byDoc) {
      const li = el("li");
      li.append(link(docHref(doc, spans), "open the document with the evidence highlighted"));
      const quotes = el("ol", "ev-spans");
      for (const span of spans.slice(0, 5)) quotes.append(el("li", null, "[" + span[1] + "–" + span[2] + "] in " + doc));
      li.append(quotes);
      list.append(li);
    }
    bodyEl.append(list);
    if (canCorrect) bodyEl.append(rejectForm(itemId));
    const first = bodyEl.querySelector("a");
    if (first) first.focus();
  }
  if (story) {
    document.addEventListener("click", (e) => {
      const target = e.target.closest("[data-item]");
      if (target) {
        e.preventDefault();
        openItem(target.dataset.item);
      }
    });
    document.addEventListener("keydown", (e) => {
      const target = e.target.closest && e.target.closest("[data-item]");
      if (target && (e.key === "Enter" || e.key === " ")) {
        e.preventDefault();
        openItem(target.dataset.item);
      }
    });
  }

  // ------------------------------------------------------------ document page: findings
  const doc = readJSON("sl-doc");
  const KIND_URL = { entity: "/entities/" };
  function openFindings(mark) {
    const ids = (mark.dataset.f || "").split(" ").filter(Boolean).map(Number);
    openPanel(ids.length ? "Findings here" : "Highlighted evidence");
    for (const i of ids) {
      const f = doc.findings[i];
      const box = el("div", "finding");
      box.append(el("span", "badge k-" + f.kind, f.kind), " ");
      if (KIND_URL[f.kind]) box.append(link(KIND_URL[f.kind] + encodeURIComponent(f.id), f.label));
      else if (doc.story) box.append(link("/stories/" + encodeURIComponent(doc.story) + "#figures", f.label));
      else box.append(el("span", null, f.label));
      box.append(el("div", "muted", f.id + " · “" + f.text + "”"));
      if (canCorrect && f.kind !== "entity") box.append(rejectForm(f.id));
      bodyEl.append(box);
    }
  }
  if (doc) {
    document.addEventListener("click", (e) => {
      const mark = e.target.closest("#doctext mark");
      if (mark) openFindings(mark);
    });
    document.addEventListener("keydown", (e) => {
      const mark = e.target.closest && e.target.closest("#doctext mark");
      if (mark && e.key === "Enter") openFindings(mark);
    });
    const hl = document.getElementById("hl");
    if (hl) {
      hl.classList.add("cur");
      hl.scrollIntoView({ block: "center" });
    }
  }

  // ------------------------------------------------------------ job page: progress
  const job = document.getElementById("job");
  if (job && !["done", "failed"].includes(job.dataset.status)) {
    const tick = async () => {
      try {
        const r = await fetch("/api/v1/jobs/" + job.dataset.job, { headers: { accept: "application/json" } });
        if (r.ok) {
          const j = await r.json();
          document.getElementById("job-status").textContent = j.status;
          document.getElementById("job-phase").textContent = j.phase || "";
          document.getElementById("job-count").textContent = j.total ? j.done + " of " + j.total : "";
          document.getElementById("job-progress").value = j.total ? Math.min(100, (100 * j.done) / j.total) : 0;
          if (j.status === "done" || j.status === "failed") {
            window.location.reload();
            return;
          }
        }
      } catch (err) {
        // the server may be busy: try again
      }
      setTimeout(tick, 700);
    };
    setTimeout(tick, 300);
  }

  // ------------------------------------------------------------ the panel
  if (panel) {
    document.getElementById("panel-close").addEventListener("click", closePanel);
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !panel.hidden) closePanel();
    });
  }
})();
