// Render one YAMLResume document with @yamlresume/core's own renderer (used by scripts/build_corpus.py).
// Usage: node render_yamlresume.js YAMLRESUME_DIR RESUME.json OUT
// RESUME.json holds the resume (content + one layout); OUT gets the LaTeX source, the HTML page or
// the DOCX file, whichever the layout's engine makes.
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

async function main() {
  const [dir, resumePath, outPath] = process.argv.slice(2);
  const pkgDir = path.join(path.resolve(dir), "node_modules", "@yamlresume", "core");
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
  let entry = pkg.exports && pkg.exports["."] ? pkg.exports["."] : pkg.exports;
  while (entry && typeof entry === "object") entry = entry.import || entry.default;
  const core = await import(pathToFileURL(path.join(pkgDir, entry || pkg.module || pkg.main)).href);
  const resume = JSON.parse(fs.readFileSync(resumePath, "utf8"));
  const renderer = core.getResumeRenderer(resume, 0);
  if (resume.layouts[0].engine === "docx") {
    const blob = await renderer.renderDocumentBlob();
    fs.writeFileSync(outPath, Buffer.from(await blob.arrayBuffer()));
  } else {
    fs.writeFileSync(outPath, await renderer.render());
  }
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
