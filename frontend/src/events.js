import { get, filterParams } from "./api.js";
import { h, highlight } from "./dom.js";
import { t, typeLabel, quadLabel } from "./i18n.js";
import { typeColor } from "./colors.js";

const PAGE = 50;
const COLS = [
  ["date", "date"], ["type", "type"], ["source", "source"], ["target", "target"],
  ["place", null], ["goldstein", "goldstein"], ["mentions", "num_mentions"], ["sentence", null],
];

export function flagsOf(e) {
  return [e.negated ? t("negated") : null, e.hypothetical ? t("hypothetical") : null].filter(Boolean);
}

export function typeBadge(type) {
  return h("span", { class: "badge", style: { borderColor: typeColor(type) }, title: typeLabel(type) }, type);
}

export async function renderEvents(el, { state, go }) {
  const offset = Math.max(0, parseInt(state.offset || "0", 10) || 0);
  const sort = state.sort || "-date";
  const data = await get("/api/events", { ...filterParams(state), sort, limit: PAGE, offset });
  const head = h("tr", {}, COLS.map(([label, key]) => {
    if (!key) return h("th", {}, t(label));
    const active = sort.replace("-", "") === key;
    const next = active && !sort.startsWith("-") ? "-" + key : active ? key : "-" + key;
    return h("th", { class: "sortable" + (active ? " active" : ""), "data-sort": key,
      onclick: () => go({ sort: next, offset: null }) }, t(label), active ? (sort.startsWith("-") ? " ▼" : " ▲") : "");
  }));
  const rows = data.items.map((e) => h("tr", {
    class: "event-row" + (state.event === e.id ? " selected" : "") + (flagsOf(e).length ? " flagged" : ""),
    "data-id": e.id, tabindex: 0,
    onclick: () => go({ event: e.id }),
    onkeydown: (ev) => { if (ev.key === "Enter") go({ event: e.id }); },
  },
  h("td", { class: "nowrap" }, e.date || ""),
  h("td", {}, typeBadge(e.type), flagsOf(e).map((f) => h("span", { class: "flag" }, f))),
  h("td", { title: e.source_name || "" }, e.source || "–"),
  h("td", { title: e.target_name || "" }, e.target || "–"),
  h("td", {}, e.location_name || e.location_country || ""),
  h("td", { class: "num" }, e.goldstein ?? ""),
  h("td", { class: "num" }, e.num_mentions ?? ""),
  h("td", { class: "sentence" }, e.sentence || "")));
  el.append(h("div", { class: "toolbar" },
    h("span", {}, `${data.total.toLocaleString()} ${t("eventsN")}`),
    h("button", { type: "button", disabled: offset === 0, onclick: () => go({ offset: Math.max(0, offset - PAGE) || null }) }, t("prev")),
    h("span", { class: "muted" }, `${data.total ? offset + 1 : 0}–${Math.min(offset + PAGE, data.total)} ${t("of")} ${data.total}`),
    h("button", { type: "button", disabled: offset + PAGE >= data.total, onclick: () => go({ offset: offset + PAGE }) }, t("next"))));
  if (!data.items.length) { el.append(h("p", { class: "muted" }, t("noData"))); return; }
  el.append(h("table", { class: "events" }, h("thead", {}, head), h("tbody", {}, rows)));
}

// a sentence with its actors and the event's trigger highlighted
export function mentionSentence(m) {
  const text = m.sentence || "";
  const base = m.sentence_start ?? 0;
  const spans = [];
  for (const en of m.entities || []) {
    if (en.section && m.section && en.section !== m.section) continue;
    spans.push({ start: en.start - base, end: en.end - base, cls: en.actor_code ? "actor" : "entity", title: en.actor_code ? `${en.actor_code}${en.actor_name ? " — " + en.actor_name : ""}` : en.label });
  }
  if (m.start !== null && m.start !== undefined && m.end !== null && m.end !== undefined) {
    spans.push({ start: m.start - base, end: m.end - base, cls: "predicate", title: `${m.type || ""} ${m.source || "?"} → ${m.target || "?"}` });
  }
  return highlight(text, spans);
}

export async function renderEventDetail(id, { go }) {
  const e = await get("/api/events/" + encodeURIComponent(id));
  const dl = h("dl", { class: "facts" });
  const fact = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(h("dt", {}, k), h("dd", {}, v)); };
  fact(t("date"), e.date);
  fact(t("type"), `${e.type} · ${typeLabel(e.type)}`);
  fact(t("source"), e.source ? `${e.source}${e.source_name ? " — " + e.source_name : ""}` : "–");
  fact(t("target"), e.target ? `${e.target}${e.target_name ? " — " + e.target_name : ""}` : "–");
  fact(t("flags"), flagsOf(e).join(", "));
  fact("CAMEO", e.cameo);
  fact(t("goldstein"), e.goldstein);
  fact(t("quad"), e.quad_class ? `${e.quad_class} · ${quadLabel(e.quad_class)}` : null);
  fact(t("location"), [e.location_name, e.location_country].filter(Boolean).join(", "));
  fact(t("confidence"), e.confidence);
  const mentions = h("ol", { class: "mentions" }, e.mentions.map((m) => h("li", { class: "mention" },
    h("div", { class: "mention-doc muted" }, `${m.document_date || ""} · ${m.document_title || m.document_id}`,
      m.reported_by ? ` · ${t("reportedBy")} ${m.reported_by}` : ""),
    h("blockquote", {
      class: "sentence-link", "data-doc": m.document_id, "data-sent": m.sentence_idx, tabindex: 0, title: t("openDocument"),
      onclick: () => go({ view: "document", doc: m.document_id, sent: m.sentence_idx, event: null }),
      onkeydown: (ev) => { if (ev.key === "Enter") go({ view: "document", doc: m.document_id, sent: m.sentence_idx, event: null }); },
    }, mentionSentence(m)),
    h("a", { href: `?view=document&doc=${encodeURIComponent(m.document_id)}&sent=${m.sentence_idx}`, class: "doc-link",
      onclick: (ev) => { ev.preventDefault(); go({ view: "document", doc: m.document_id, sent: m.sentence_idx, event: null }); } }, t("openDocument") + " →"))));
  return h("div", { class: "event-detail", "data-id": e.id },
    h("button", { type: "button", class: "close", title: t("close"), onclick: () => go({ event: null }) }, "×"),
    h("h2", {}, t("eventDetail"), " ", typeBadge(e.type)),
    dl,
    h("h3", {}, `${t("mentions")} (${e.mentions.length})`),
    mentions);
}
