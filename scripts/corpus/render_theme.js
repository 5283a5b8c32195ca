// Render one JSON Resume file to HTML with a theme's own render() (used by scripts/build_corpus.py).
// Usage: node render_theme.js THEMES_DIR THEME_PACKAGE RESUME.json OUT.html
// THEMES_DIR is the folder whose node_modules holds the installed theme packages.
"use strict";
const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");
const { pathToFileURL } = require("url");

async function loadTheme(themesDir, name) {
  const req = createRequire(path.join(path.resolve(themesDir), "package.json"));
  try {
    return req(name);
  } catch (err) {
    // ESM-only themes (or themes with ESM-only dependencies) load through import()
    const pkgDir = path.join(path.resolve(themesDir), "node_modules", name);
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
    let entry = pkg.exports && pkg.exports["."] ? pkg.exports["."] : pkg.exports;
    while (entry && typeof entry === "object") entry = entry.import || entry.default;
    entry = entry || pkg.module || pkg.main || "index.js";
    return import(pathToFileURL(path.join(pkgDir, entry)).href);
  }
}

async function main() {
  const [themesDir, themeName, resumePath, outPath] = process.argv.slice(2);
  const theme = await loadTheme(themesDir, themeName);
  const resume = JSON.parse(fs.readFileSync(resumePath, "utf8"));
  const render = theme.render || (theme.default && theme.default.render);
  if (typeof render !== "function") throw new Error(`${themeName} has no render()`);
  const html = await render(resume);
  fs.writeFileSync(outPath, html);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
