import { select } from "d3-selection";
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { zoom } from "d3-zoom";
import { scaleSqrt } from "d3-scale";
import { feature, mesh } from "topojson-client";
import { get, filterParams } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { goldsteinColor } from "./colors.js";

let world = null; // the offline base map, shipped in static/
async function loadWorld() {
  if (!world) {
    const res = await fetch("/static/world-110m.json");
    if (!res.ok) throw new Error("base map missing");
    world = await res.json();
  }
  return world;
}

export async function renderMap(el, { state, go }) {
  const [topo, data] = await Promise.all([loadWorld(), get("/api/map", { ...filterParams(state), limit: 3000 })]);
  el.append(h("div", { class: "toolbar" }, h("span", { class: "muted hint" }, `${data.points.length} · ${t("clickPoint")}`)));
  const W = Math.max(640, el.clientWidth || 960), H = Math.round(W * 0.52);
  const projection = geoNaturalEarth1().fitSize([W, H], { type: "Sphere" });
  const path = geoPath(projection);
  const svg = select(el).append("svg").attr("class", "chart map").attr("viewBox", `0 0 ${W} ${H}`);
  const g = svg.append("g");
  g.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  g.append("path").attr("class", "graticule").attr("d", path(geoGraticule10()));
  g.append("g").attr("class", "countries").selectAll("path")
    .data(feature(topo, topo.objects.countries).features).join("path").attr("d", path)
    .append("title").text((d) => d.properties.name);
  g.append("path").attr("class", "borders").attr("d", path(mesh(topo, topo.objects.countries, (a, b) => a !== b)));
  const r = scaleSqrt().domain([1, Math.max(1, ...data.points.map((p) => p.n))]).range([3, 22]);
  g.append("g").attr("class", "points").selectAll("circle").data(data.points).join("circle")
    .attr("class", "point").attr("data-name", (d) => d.name || "")
    .attr("cx", (d) => projection([d.lon, d.lat])[0]).attr("cy", (d) => projection([d.lon, d.lat])[1])
    .attr("r", (d) => r(d.n)).attr("fill", (d) => goldsteinColor(d.goldstein))
    .on("click", (_, d) => go({ view: "events", place: d.name || d.country, offset: null }))
    .append("title").text((d) => `${d.name || "?"} (${d.country || "?"}): ${d.n} · Goldstein ${d.goldstein ?? "–"}`);
  svg.call(zoom().scaleExtent([1, 12]).on("zoom", (e) => {
    g.attr("transform", e.transform);
    g.selectAll("circle.point").attr("r", (d) => r(d.n) / Math.sqrt(e.transform.k));
  }));
  if (!data.points.length) el.append(h("p", { class: "muted" }, t("noData")));
}
