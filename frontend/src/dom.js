// DOM helpers. Text (news above all) only ever goes in through text nodes / textContent.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k === "style") Object.assign(el.style, v); // CSSOM: allowed by the CSP
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }

// Split `text` at the given spans ({start, end, cls, title}) and return nodes: overlapping
// spans nest by splitting into pieces that carry every covering span's classes.
export function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  const ok = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const cover = ok.filter((s) => s.start <= a && s.end >= b);
    if (!cover.length) { out.push(document.createTextNode(piece)); continue; }
    const el = document.createElement("mark");
    el.className = [...new Set(cover.map((s) => s.cls))].join(" ");
    const titles = cover.map((s) => s.title).filter(Boolean);
    if (titles.length) el.title = titles.join("\n");
    el.textContent = piece;
    out.push(el);
  }
  return out;
}
