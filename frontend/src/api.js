// The REST API (same origin). Filters are the URL's query parameters.
export const FILTER_KEYS = ["since", "until", "type", "quad_class", "actor", "country", "sector", "place", "q", "flagged"];

export async function get(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === "") continue;
    qs.set(k, v);
  }
  const url = path + (qs.toString() ? "?" + qs : "");
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const msg = body.message || (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail));
    throw new Error(`${res.status}: ${msg}`);
  }
  return body;
}

export function filterParams(state) {
  const out = {};
  for (const k of FILTER_KEYS) if (state[k]) out[k] = state[k];
  return out;
}
