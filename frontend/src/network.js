import { select } from "d3-selection";
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from "d3-force";
import { drag } from "d3-drag";
import { zoom } from "d3-zoom";
import { scaleSqrt } from "d3-scale";
import { get, filterParams } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { goldsteinColor } from "./colors.js";

const SECTOR_COLORS = { GOV: "#3b6ea8", MIL: "#8c2d04", COP: "#6a51a3", REB: "#d7301f", CVL: "#41ab5d", JUD: "#807dba", LEG: "#4292c6", OPP: "#fd8d3c", MED: "#969696", BUS: "#bcbddc" };
function nodeColor(n) {
  if (n.id.startsWith("IGO:")) return "#1f78b4";
  if (n.id.startsWith("NGO:")) return "#33a02c";
  return SECTOR_COLORS[n.sector] || "#555";
}

export async function renderNetwork(el, { state, go }) {
  const group = state.group === "country" ? "country" : "code";
  const data = await get("/api/network", { ...filterParams(state), group, max_edges: 150 });
  el.append(h("div", { class: "toolbar" },
    h("button", { type: "button", class: group === "code" ? "active" : "", onclick: () => go({ group: null }) }, t("groupCode")),
    h("button", { type: "button", class: group === "country" ? "active" : "", onclick: () => go({ group: "country" }) }, t("groupCountry")),
    h("span", { class: "muted hint" }, `${data.nodes.length} ${t("nodes")} · ${data.edges.length} ${t("edges")} · ${t("clickNode")}`)));
  if (!data.nodes.length) { el.append(h("p", { class: "muted" }, t("noData"))); return; }
  const W = Math.max(640, el.clientWidth || 960), H = 560;
  const nodes = data.nodes.map((n) => ({ ...n }));
  const links = data.edges.map((e) => ({ ...e }));
  const r = scaleSqrt().domain([1, Math.max(1, ...nodes.map((n) => n.weight))]).range([5, 26]);
  const w = scaleSqrt().domain([1, Math.max(1, ...links.map((l) => l.weight))]).range([1, 8]);
  const svg = select(el).append("svg").attr("class", "chart network").attr("viewBox", `0 0 ${W} ${H}`);
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("refY", 0)
    .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
    .append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#777");
  const g = svg.append("g");
  svg.call(zoom().scaleExtent([0.3, 5]).on("zoom", (e) => g.attr("transform", e.transform)));
  const link = g.append("g").attr("class", "links").selectAll("line").data(links).join("line")
    .attr("stroke", (d) => goldsteinColor(d.goldstein)).attr("stroke-width", (d) => w(d.weight))
    .attr("marker-end", "url(#arrow)");
  link.append("title").text((d) => `${d.source} → ${d.target}: ${d.weight} (${d.top_type}, Goldstein ${d.goldstein})`);
  const node = g.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g")
    .attr("class", "node").attr("data-id", (d) => d.id)
    .on("click", (_, d) => go(group === "country" && !d.id.includes(":") ? { view: "events", country: d.id, offset: null } : { view: "events", actor: d.id, offset: null }));
  node.append("circle").attr("r", (d) => r(d.weight)).attr("fill", nodeColor);
  node.append("text").attr("dx", (d) => r(d.weight) + 3).attr("dy", 4).text((d) => d.id);
  node.append("title").text((d) => `${d.id}${d.name ? " — " + d.name : ""}\n→ ${d.out} · ← ${d.in}`);
  const sim = forceSimulation(nodes)
    .force("link", forceLink(links).id((d) => d.id).distance(90).strength(0.5))
    .force("charge", forceManyBody().strength(-260))
    .force("center", forceCenter(W / 2, H / 2))
    .force("x", forceX(W / 2).strength(0.05)).force("y", forceY(H / 2).strength(0.07))
    .force("collide", forceCollide().radius((d) => r(d.weight) + 4));
  node.call(drag()
    .on("start", (e, d) => { if (!e.active) sim.alphaTarget(0.3).restart(); d.fx = d.x; d.fy = d.y; })
    .on("drag", (e, d) => { d.fx = e.x; d.fy = e.y; })
    .on("end", (e, d) => { if (!e.active) sim.alphaTarget(0); d.fx = null; d.fy = null; }));
  sim.on("tick", () => {
    for (const n of nodes) { // keep every node inside the drawing
      const rr = r(n.weight) + 2;
      n.x = Math.max(rr, Math.min(W - rr - 60, n.x));
      n.y = Math.max(rr, Math.min(H - rr, n.y));
    }
    link.each(function (d) {
      const dx = d.target.x - d.source.x, dy = d.target.y - d.source.y, len = Math.hypot(dx, dy) || 1;
      const rt = r(d.target.weight) + 2;
      select(this).attr("x1", d.source.x).attr("y1", d.source.y)
        .attr("x2", d.target.x - (dx / len) * rt).attr("y2", d.target.y - (dy / len) * rt);
    });
    node.attr("transform", (d) => `translate(${d.x},${d.y})`);
  });
  sim.on("end", () => svg.attr("data-settled", "1"));
}
