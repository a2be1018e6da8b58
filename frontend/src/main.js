// lagebild dashboard: timeline, actor network, map, event table, document view.
// All state lives in the URL (?view=...&type=...&event=...), so every view can be linked.
import { get, filterParams, FILTER_KEYS } from "./api.js";
import { h, clear } from "./dom.js";
import { t, setLang, getLang, TYPES, typeLabel, quadLabel } from "./i18n.js";
import { renderTimeline } from "./timeline.js";
import { renderNetwork } from "./network.js";
import { renderMap } from "./map.js";
import { renderEvents, renderEventDetail } from "./events.js";
import { renderDocuments, renderDocument } from "./document.js";

const VIEWS = ["timeline", "network", "map", "events", "documents", "document"];

export function readState() {
  const p = new URLSearchParams(location.search);
  const s = Object.fromEntries(p.entries());
  if (!VIEWS.includes(s.view)) s.view = "timeline";
  return s;
}

function writeState(s, push) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  const url = location.pathname + "?" + p.toString();
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

// change the state: `patch` keys set (null removes); push a history entry unless replace
export function go(patch, { replace = false } = {}) {
  const s = { ...readState(), ...patch };
  for (const k of Object.keys(s)) if (s[k] === null) delete s[k];
  writeState(s, !replace);
  render();
}

let seq = 0;
async function render() {
  const state = readState();
  const my = ++seq;
  setLang(state.lang || "de"); // German-first; ?lang=en switches
  renderChrome(state);
  const view = document.getElementById("view");
  clear(view);
  view.className = "view-" + state.view;
  view.append(h("p", { class: "muted" }, t("loading")));
  try {
    const ctx = { state, go, isCurrent: () => my === seq };
    const el = h("div", { class: "view-body" });
    if (state.view === "timeline") await renderTimeline(el, ctx);
    else if (state.view === "network") await renderNetwork(el, ctx);
    else if (state.view === "map") await renderMap(el, ctx);
    else if (state.view === "events") await renderEvents(el, ctx);
    else if (state.view === "documents") await renderDocuments(el, ctx);
    else if (state.view === "document") await renderDocument(el, ctx);
    if (my !== seq) return;
    clear(view).append(el);
  } catch (err) {
    if (my !== seq) return;
    clear(view).append(h("p", { class: "error", role: "alert" }, `${t("error")}: ${err.message}`));
  }
  const detail = document.getElementById("detail");
  if (state.event) {
    detail.hidden = false;
    clear(detail).append(h("p", { class: "muted" }, t("loading")));
    try {
      const el = await renderEventDetail(state.event, { state, go });
      if (my === seq) clear(detail).append(el);
    } catch (err) {
      if (my === seq) clear(detail).append(h("p", { class: "error" }, `${t("error")}: ${err.message}`));
    }
  } else {
    detail.hidden = true;
    clear(detail);
  }
}

function renderChrome(state) {
  const tabs = clear(document.getElementById("tabs"));
  for (const v of ["timeline", "network", "map", "events", "documents"]) {
    tabs.append(h("a", {
      href: "?view=" + v, class: "tab" + (state.view === v ? " active" : ""), "data-view": v,
      onclick: (e) => { e.preventDefault(); go({ view: v, offset: null, doc: null, sent: null }); },
    }, t(v)));
  }
  const lang = clear(document.getElementById("lang"));
  for (const l of ["de", "en"]) {
    lang.append(h("button", {
      type: "button", class: getLang() === l ? "active" : "", "data-lang": l,
      onclick: () => go({ lang: l }, { replace: true }),
    }, l.toUpperCase()));
  }
  renderFilters(state);
}

function renderFilters(state) {
  const form = clear(document.getElementById("filters"));
  const field = (key, input) => h("label", { class: "f-" + key }, h("span", {}, t(key === "quad_class" ? "quad" : key)), input);
  const text = (key, attrs = {}) => h("input", { name: key, value: state[key] || "", ...attrs });
  const typeSel = h("select", { name: "type" }, h("option", { value: "" }, t("all")),
    TYPES.map((x) => h("option", { value: x, selected: state.type === x }, `${x} · ${typeLabel(x)}`)));
  const quadSel = h("select", { name: "quad_class" }, h("option", { value: "" }, t("all")),
    [1, 2, 3, 4].map((q) => h("option", { value: q, selected: state.quad_class === String(q) }, `${q} · ${quadLabel(q)}`)));
  form.append(
    field("since", text("since", { type: "date" })),
    field("until", text("until", { type: "date" })),
    field("type", typeSel),
    field("quad_class", quadSel),
    field("actor", text("actor", { placeholder: "RUS/MIL", size: 9 })),
    field("country", text("country", { placeholder: "UKR", size: 4, maxlength: 3 })),
    field("sector", text("sector", { placeholder: "GOV", size: 4, maxlength: 3 })),
    field("place", text("place", { size: 10 })),
    field("q", text("q", { type: "search", size: 14 })),
    field("flagged", h("select", { name: "flagged" },
      [["", "flagDefault"], ["include", "flagInclude"], ["exclude", "flagExclude"], ["only", "flagOnly"]].map(([v, l]) =>
        h("option", { value: v, selected: (state.flagged || "") === v }, t(l))))),
    h("button", { type: "button", class: "reset", onclick: () => {
      const patch = {}; for (const k of FILTER_KEYS) patch[k] = null; go({ ...patch, offset: null });
    } }, t("reset")),
  );
  form.onchange = (e) => {
    const el = e.target;
    let v = el.value.trim();
    if (["country", "sector"].includes(el.name) && v) v = v.toUpperCase();
    go({ [el.name]: v || null, offset: null });
  };
  form.onsubmit = (e) => e.preventDefault();
}

async function loadStats() {
  try {
    const s = await get("/api/stats");
    const el = clear(document.getElementById("stats"));
    el.append(`${(s.counts.events || 0).toLocaleString()} ${t("eventsN")} · ${(s.counts.documents || 0).toLocaleString()} ${t("docsN")}`);
    if (s.first_date) el.append(` · ${s.first_date} – ${s.last_date}`);
  } catch (err) { /* the views show errors */ }
}

window.addEventListener("popstate", render);
document.addEventListener("keydown", (e) => { if (e.key === "Escape" && readState().event) go({ event: null }); });
render();
loadStats();
