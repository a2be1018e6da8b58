import { select } from "d3-selection";
import { scaleBand, scaleLinear, scaleOrdinal } from "d3-scale";
import { axisBottom, axisLeft } from "d3-axis";
import { stack } from "d3-shape";
import { get, filterParams } from "./api.js";
import { h } from "./dom.js";
import { t, TYPES, typeLabel, quadLabel } from "./i18n.js";
import { typeColor, quadColor } from "./colors.js";

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10);
}
function bucketEnd(iso, interval) {
  if (interval === "day") return iso;
  if (interval === "week") return addDays(iso, 6);
  const d = new Date(iso + "T00:00:00Z"); d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}
function buckets(first, last, interval) {
  const out = []; let d = first;
  while (d <= last && out.length < 5000) {
    out.push(d);
    if (interval === "day") d = addDays(d, 1);
    else if (interval === "week") d = addDays(d, 7);
    else { const x = new Date(d + "T00:00:00Z"); x.setUTCMonth(x.getUTCMonth() + 1); d = x.toISOString().slice(0, 10); }
  }
  return out;
}

export async function renderTimeline(el, { state, go }) {
  const by = state.by === "quad_class" ? "quad_class" : "type";
  const data = await get("/api/timeline", { ...filterParams(state), by, interval: "auto" });
  const toggle = h("div", { class: "toolbar" },
    h("button", { type: "button", class: by === "type" ? "active" : "", onclick: () => go({ by: null }) }, t("byType")),
    h("button", { type: "button", class: by === "quad_class" ? "active" : "", onclick: () => go({ by: "quad_class" }) }, t("byQuad")),
    h("span", { class: "muted hint" }, t("clickBar")));
  el.append(toggle);
  if (!data.rows.length) { el.append(h("p", { class: "muted" }, t("noData"))); return; }
  const keys = by === "type" ? TYPES.filter((k) => data.rows.some((r) => r.key === k)) : [1, 2, 3, 4].filter((k) => data.rows.some((r) => r.key === k));
  const color = by === "type" ? typeColor : quadColor;
  const label = by === "type" ? (k) => `${k} · ${typeLabel(k)}` : (k) => `${k} · ${quadLabel(k)}`;
  const days = buckets(data.rows[0].date, data.rows[data.rows.length - 1].date, data.interval);
  const table = new Map(days.map((d) => [d, Object.fromEntries(keys.map((k) => [k, 0]))]));
  for (const r of data.rows) if (table.has(r.date)) table.get(r.date)[r.key] = r.n;
  const series = stack().keys(keys)(days.map((d) => ({ date: d, ...table.get(d) })));

  const W = Math.max(640, el.clientWidth || 960), H = 380, m = { t: 10, r: 10, b: 50, l: 45 };
  const x = scaleBand().domain(days).range([m.l, W - m.r]).padding(0.15);
  const ymax = Math.max(1, ...series[series.length - 1].map((d) => d[1]));
  const y = scaleLinear().domain([0, ymax]).nice().range([H - m.b, m.t]);
  const svg = select(el).append("svg").attr("class", "chart timeline").attr("viewBox", `0 0 ${W} ${H}`).attr("role", "img");
  const every = Math.ceil(days.length / 12);
  svg.append("g").attr("transform", `translate(0,${H - m.b})`)
    .call(axisBottom(x).tickValues(days.filter((_, i) => i % every === 0)))
    .selectAll("text").attr("transform", "rotate(-30)").style("text-anchor", "end");
  svg.append("g").attr("transform", `translate(${m.l},0)`).call(axisLeft(y).ticks(6));
  svg.append("g").selectAll("g").data(series).join("g")
    .attr("fill", (s) => color(s.key))
    .selectAll("rect").data((s) => s.map((d) => ({ key: s.key, date: d.data.date, y0: d[0], y1: d[1] })).filter((d) => d.y1 > d.y0))
    .join("rect")
    .attr("class", "bar")
    .attr("data-date", (d) => d.date).attr("data-key", (d) => d.key)
    .attr("x", (d) => x(d.date)).attr("width", x.bandwidth())
    .attr("y", (d) => y(d.y1)).attr("height", (d) => y(d.y0) - y(d.y1))
    .on("click", (_, d) => {
      const patch = { view: "events", since: d.date, until: bucketEnd(d.date, data.interval), offset: null };
      patch[by] = String(d.key);
      go(patch);
    })
    .append("title").text((d) => `${d.date}: ${label(d.key)} — ${d.y1 - d.y0}`);
  el.append(h("ul", { class: "legend" }, keys.map((k) =>
    h("li", {}, h("span", { class: "swatch", style: { background: color(k) } }), label(k)))));
}
