import { interpolateRdYlBu } from "d3-scale-chromatic";
import { scaleLinear } from "d3-scale";
import { TYPES } from "./i18n.js";
// cooperation (blue) … conflict (red), in PLOVER's order
export function typeColor(type) {
  const i = TYPES.indexOf(type);
  return i < 0 ? "#999" : interpolateRdYlBu(1 - (i / (TYPES.length - 1)) * 0.95 - 0.025);
}
export function quadColor(q) { return { 1: "#4575b4", 2: "#1a9850", 3: "#f46d43", 4: "#a50026" }[q] || "#999"; }
// Goldstein -10 (conflict, red) … 0 (grey) … +10 (cooperation, blue); readable on white and beige
const goldstein = scaleLinear().domain([-10, 0, 10]).range(["#b2182b", "#8a8a8a", "#2166ac"]).clamp(true);
export function goldsteinColor(g) {
  return g === null || g === undefined ? "#888" : goldstein(g);
}
