// Our course-finder engine against Orama and itemsjs: the same synthetic
// catalogues, the same queries, one Chromium page per size. Run on its own
// with `node bench/engines.mjs [SIZES]` (e.g. 1000,10000) or from
// bench/run.mjs. Prints a markdown table; each ratio is ours ÷ theirs, so
// below 1 means our engine is faster.
import { launchChromium } from './chromium.mjs';
import { median, p95 } from './stats.mjs';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';

const OUT = 'target/bench/engines';
const PORT = 4192;
const PROVIDER_TYPE = 'tafe';
const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

/** Builds our engine to wasm (the app's release profile) and bundles the JS engines. */
export function buildEngines() {
  mkdirSync(OUT, { recursive: true });
  execFileSync('cargo', ['build', '-q', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'career-bench-engine'], { stdio: 'inherit' });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', `${OUT}/engine`,
    'target/wasm32-unknown-unknown/release/career_bench_engine.wasm'], { stdio: 'inherit' });
  execFileSync('esbuild', ['bench/engines/js-engines.mjs', '--bundle', '--format=esm', '--minify', `--outfile=${OUT}/js-engines.js`], { stdio: 'inherit' });
  copyFileSync('bench/engines/page.html', `${OUT}/index.html`);
}

/**
 * Runs the comparison in `browser` at each size; `catalogueFor(n)` returns
 * the catalogue JSON with n courses. Returns one row per size and engine:
 * { courses, engine, buildMs, keyMedian, keyP95, facetMedian, facetP95,
 *   keyRatio, facetRatio, sample } — ratios are ours ÷ this engine's medians.
 */
export async function compareEngines(browser, sizes, catalogueFor) {
  buildEngines();
  const server = spawn('node', ['tests/serve.mjs', OUT, String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const rows = [];
  console.log(`\n### Engines side by side: text search + nine facet counts + first page (median of 30 keystrokes, 20 facet clicks)\n`);
  console.log('| courses | engine | build | keystroke median | keystroke p95 | facet median | facet p95 | ours ÷ theirs (keystroke, facet) | matches for "data" / "cloud sec" / TAFE |');
  console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  try {
    for (const n of sizes) {
      writeFileSync(`${OUT}/catalogue-${n}.json`, catalogueFor(n));
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForFunction(() => window.enginesReady);
      const result = await page.evaluate(([size, type]) => window.runEngines(size, type), [n, PROVIDER_TYPE]);
      await page.close();
      const ours = result.ours;
      for (const [engine, r] of Object.entries(result)) {
        const row = {
          courses: n, engine, buildMs: r.buildMs,
          keyMedian: median(r.keystrokes), keyP95: p95(r.keystrokes),
          facetMedian: median(r.facets), facetP95: p95(r.facets),
          keyRatio: median(ours.keystrokes) / median(r.keystrokes),
          facetRatio: median(ours.facets) / median(r.facets),
          sample: r.sample,
        };
        rows.push(row);
        const ratio = engine === 'ours' ? '—' : `${row.keyRatio.toPrecision(2)}, ${row.facetRatio.toPrecision(2)}`;
        console.log(`| ${n} | ${engine} | ${ms(row.buildMs)} | ${ms(row.keyMedian)} | ${ms(row.keyP95)} | ${ms(row.facetMedian)} | ${ms(row.facetP95)} | ${ratio} | ${r.sample.data} / ${r.sample.cloudSecurity} / ${r.sample.typeFilter} |`);
      }
    }
  } finally {
    server.kill();
  }
  const slower = rows.filter((r) => r.engine !== 'ours' && (r.keyRatio > 1 || r.facetRatio > 1));
  console.log(`\nTarget "faster than both JavaScript engines at every size": ${slower.length === 0 ? 'met'
    : `missed — ${slower.map((r) => `${r.engine} at ${r.courses} (${r.keyRatio.toFixed(2)}×, ${r.facetRatio.toFixed(2)}×)`).join('; ')}`}`);
  return rows;
}

const generated = new Map();
/** A synthetic catalogue of n courses (core/src/bin/generate_catalogue.rs), made once per run. */
export function generatedCatalogue(n) {
  if (!generated.has(n)) {
    generated.set(n, execFileSync('cargo', ['run', '-q', '--release', '-p', 'career-core', '--features', 'fixtures', '--bin', 'generate-catalogue', '--',
      'data/catalogue.json', String(n)], { maxBuffer: 1 << 30 }));
  }
  return generated.get(n);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? '100,1000,10000,50000').split(',').map(Number);
  const browser = await launchChromium();
  try {
    await compareEngines(browser, sizes, generatedCatalogue);
  } finally {
    await browser.close();
  }
}
