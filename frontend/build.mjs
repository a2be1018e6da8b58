// Build the dashboard into ../src/lagebild/static/ (committed: a pip install needs no npm).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "src", "lagebild", "static");
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile: join(out, "app.js"),
  metafile: true,
  legalComments: "none",
  logLevel: "info",
});
copyFileSync(join(here, "src", "index.html"), join(out, "index.html"));
copyFileSync(join(here, "src", "app.css"), join(out, "app.css"));
// the offline base map: Natural Earth 1:110m countries (public domain) via world-atlas (ISC)
copyFileSync(join(here, "node_modules", "world-atlas", "countries-110m.json"), join(out, "world-110m.json"));

// licence notices of every npm package that ends up in the bundle or in static/
const pkgs = new Set(["world-atlas"]);
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (m) pkgs.add(m[1]);
}
let notices = "Third-party software in lagebild's dashboard (bundled into app.js / shipped as data)\n";
notices += "world-110m.json: Natural Earth 1:110m countries (public domain), packaged by world-atlas.\n\n";
for (const name of [...pkgs].sort()) {
  const dir = join(here, "node_modules", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const lic = readdirSync(dir).find((f) => /^(licen[sc]e|copying)/i.test(f));
  notices += `==== ${name} ${pkg.version} (${pkg.license}) ====\n`;
  notices += lic ? readFileSync(join(dir, lic), "utf8").trim() + "\n\n" : "(no licence file)\n\n";
}
writeFileSync(join(out, "THIRD_PARTY_LICENSES.txt"), notices);
console.log("bundled packages:", [...pkgs].sort().join(", "));
