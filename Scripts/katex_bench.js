#!/usr/bin/env node
// KaTeX comparison for `sitegen-bench math`: renders the formula corpus to MathML with the
// Debian libjs-katex build and prints `name: value unit` lines.
// Usage: node Scripts/katex_bench.js [corpus.tsv] [rounds] [warm-up passes]
"use strict";
const fs = require("fs");

const corpusPath = process.argv[2] || "Tests/TeXMathTests/Fixtures/math.tsv";
const rounds = Number(process.argv[3] || 5);
const warmups = Number(process.argv[4] || 20);
const katexPath = process.env.KATEX_JS || "/usr/share/javascript/katex/katex.min.js";
const katex = require(katexPath);

const formulas = fs.readFileSync(corpusPath, "utf8").split("\n").slice(1)
  .filter((line) => line.length > 0)
  .map((line) => {
    const [source, mode, ...rest] = line.split("\t");
    return { tex: rest.join("\t"), display: mode === "display" };
  });

function renderAll() {
  let failed = 0;
  for (const { tex, display } of formulas) {
    try {
      const html = katex.renderToString(tex, { output: "mathml", throwOnError: false, displayMode: display, strict: "ignore" });
      if (html.includes("katex-error")) failed += 1;
    } catch (error) {
      failed += 1;
    }
  }
  return failed;
}

// Steady state: V8 compiles the hot paths only after many passes.
for (let pass = 0; pass < warmups; pass += 1) renderAll();
let failed = 0;
const start = process.hrtime.bigint();
for (let round = 0; round < rounds; round += 1) failed = renderAll();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const perSecond = (formulas.length * rounds) / seconds;

console.log(`katex.formulas: ${formulas.length} formulas`);
console.log(`katex.convert: ${Math.round(perSecond)} formulas/s`);
console.log(`katex.failed: ${failed} formulas`);
