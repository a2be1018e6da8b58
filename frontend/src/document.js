import { get } from "./api.js";
import { h, highlight } from "./dom.js";
import { t, typeLabel } from "./i18n.js";
import { typeBadge } from "./events.js";

export async function renderDocuments(el, { state, go }) {
  const offset = Math.max(0, parseInt(state.offset || "0", 10) || 0);
  const data = await get("/api/documents", { q: state.q, since: state.since, until: state.until, limit: 50, offset });
  el.append(h("div", { class: "toolbar" },
    h("span", {}, `${data.total.toLocaleString()} ${t("docsN")}`),
    h("button", { type: "button", disabled: offset === 0, onclick: () => go({ offset: Math.max(0, offset - 50) || null }) }, t("prev")),
    h("button", { type: "button", disabled: offset + 50 >= data.total, onclick: () => go({ offset: offset + 50 }) }, t("next"))));
  if (!data.items.length) { el.append(h("p", { class: "muted" }, t("noData"))); return; }
  el.append(h("table", { class: "documents" },
    h("thead", {}, h("tr", {}, h("th", {}, t("date")), h("th", {}, t("title")), h("th", {}, t("source")), h("th", {}, t("events")))),
    h("tbody", {}, data.items.map((d) => h("tr", { class: "doc-row", "data-id": d.id, tabindex: 0,
      onclick: () => go({ view: "document", doc: d.id, sent: null, offset: null }) },
    h("td", { class: "nowrap" }, d.date || ""), h("td", {}, d.title || d.id),
    h("td", { class: "muted" }, d.url || d.source || ""), h("td", { class: "num" }, d.num_event_mentions))))));
}

const SECTION_TAG = { title: "h2", teaser: "p", body: "div" };

export async function renderDocument(el, { state, go }) {
  if (!state.doc) { el.append(h("p", { class: "muted" }, t("noData"))); return; }
  const d = await get("/api/documents/" + encodeURIComponent(state.doc));
  const focus = state.sent !== undefined ? Number(state.sent) : null;
  el.append(h("div", { class: "doc-meta muted" },
    [d.date, d.source, d.language].filter(Boolean).join(" · "), " ",
    d.url ? h("span", { class: "url" }, d.url) : null));
  el.append(h("ul", { class: "legend" },
    h("li", {}, h("mark", { class: "actor" }, t("legendActor"))),
    h("li", {}, h("mark", { class: "predicate" }, t("legendPredicate"))),
    h("li", {}, h("span", { class: "coded-sample" }, t("legendCoded")))));
  const article = h("article", { class: "document", "data-id": d.id });
  const eventsBySentence = new Map();
  for (const ev of d.events) {
    if (!eventsBySentence.has(ev.sentence_idx)) eventsBySentence.set(ev.sentence_idx, []);
    eventsBySentence.get(ev.sentence_idx).push(ev);
  }
  let focusEl = null;
  for (const section of ["title", "teaser", "body"]) {
    const text = section === "body" ? d.text || "" : d[section] || "";
    if (!text) continue;
    const sents = d.sentences.filter((s) => s.section === section);
    const box = h(SECTION_TAG[section], { class: "section section-" + section, "data-section": section });
    let pos = 0;
    const pieces = sents.length ? sents : [{ idx: null, start: 0, end: text.length }];
    for (const s of pieces) {
      if (s.start > pos) box.append(document.createTextNode(text.slice(pos, s.start)));
      const stext = text.slice(s.start, s.end);
      const spans = [];
      for (const en of d.entities) {
        if (en.section !== section || en.start < s.start || en.end > s.end) continue;
        spans.push({ start: en.start - s.start, end: en.end - s.start, cls: en.actor_code ? "actor" : "entity", title: en.actor_code ? `${en.actor_code}${en.actor_name ? " — " + en.actor_name : ""}` : en.label });
      }
      const evs = s.idx === null ? [] : eventsBySentence.get(s.idx) || [];
      for (const ev of evs) {
        if (ev.start === null || ev.start === undefined || ev.start < s.start || ev.end > s.end) continue;
        spans.push({ start: ev.start - s.start, end: ev.end - s.start, cls: "predicate", title: `${ev.type} · ${typeLabel(ev.type)}: ${ev.source || "?"} → ${ev.target || "?"}` });
      }
      const span = h("span", { class: "sent" + (evs.length ? " coded" : "") + (focus !== null && s.idx === focus ? " focus" : ""), "data-idx": s.idx ?? "" },
        highlight(stext, spans));
      if (evs.length) {
        span.append(h("sup", { class: "codes" }, evs.map((ev) => h("a", {
          href: ev.event_id ? `?view=events&event=${encodeURIComponent(ev.event_id)}` : "#",
          class: "code-ref" + (ev.negated || ev.hypothetical ? " flagged" : ""),
          title: `${ev.type} ${ev.source || "?"} → ${ev.target || "?"}${ev.negated ? " (" + t("negated") + ")" : ""}${ev.hypothetical ? " (" + t("hypothetical") + ")" : ""}`,
          onclick: (e) => { e.preventDefault(); if (ev.event_id) go({ event: ev.event_id }); },
        }, typeBadge(ev.type)))));
      }
      if (focus !== null && s.idx === focus) focusEl = span;
      box.append(span);
      pos = s.end;
    }
    if (pos < text.length) box.append(document.createTextNode(text.slice(pos)));
    article.append(box);
  }
  if (d.credits && d.credits.length) article.append(h("p", { class: "credits muted" }, d.credits.join(" · ")));
  el.append(article);
  if (focusEl) setTimeout(() => focusEl.scrollIntoView({ block: "center", behavior: "instant" }), 0);
}
