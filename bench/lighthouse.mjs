// Lighthouse 11 (the last version with the PWA/installability audits) in
// Debian's Chromium against a local release build.
// Usage: node bench/lighthouse.mjs [DIST] — prints, per page, the
// performance score, LCP, total blocking time, CLS and time to interactive
// under Lighthouse's default mobile throttling (median of RUNS runs), and the PWA checks for the
// home page. A report, not a test: exits 0 unless Lighthouse itself fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium.mjs';
import { median } from './stats.mjs';

const dist = process.argv[2] ?? 'dist';
const PORT = 4190;
const BASE = `http://127.0.0.1:${PORT}`;
const firstCourse = JSON.parse(readFileSync(`${dist}/catalogue.json`, 'utf8')).courses[0].id;
export const PAGES = ['/', '/roles/backend-developer/', '/compare/', '/courses/', `/courses/${firstCourse}/`, '/quiz/'];
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const PWA_AUDITS = ['installable-manifest', 'service-worker', 'splash-screen', 'themed-omnibox',
  'maskable-icon', 'viewport', 'content-width', 'apple-touch-icon'];

/** How many Lighthouse runs per page: its blocking time moves by hundreds
 * of milliseconds from run to run on this machine, so one run says little. */
export const RUNS = 3;

/** Runs Lighthouse RUNS times on each page; returns, per page, the median of
 * each figure and its range: [{ path, score, lcpMs, tbtMs, cls,
 * interactiveMs, range: { score: [min, max], … }, pwa? }]. */
export async function runLighthouse(dir = dist, pages = PAGES, runs = RUNS) {
  const server = spawn('node', ['tests/serve.mjs', dir, String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  const results = [];
  try {
    // The first run in a fresh browser scores far worse whichever page it
    // is (47 against 70 for the same page), so one unrecorded run warms up.
    await lighthouse(`${BASE}${pages[0]}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
    for (const path of pages) {
      const samples = [];
      let pwa;
      for (let i = 0; i < runs; i++) {
        const categories = path === '/' && i === 0 ? ['performance', 'pwa'] : ['performance'];
        const { lhr } = await lighthouse(`${BASE}${path}`, { port: chrome.port, onlyCategories: categories, logLevel: 'error' });
        samples.push({
          score: Math.round(lhr.categories.performance.score * 100),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          interactiveMs: Math.round(lhr.audits.interactive.numericValue),
        });
        if (lhr.categories.pwa) {
          pwa = PWA_AUDITS.filter((id) => lhr.audits[id]).map((id) => ({
            id, pass: lhr.audits[id].score === 1, title: lhr.audits[id].title,
          }));
        }
      }
      const row = { path, runs, range: {} };
      for (const key of Object.keys(samples[0])) {
        const values = samples.map((s) => s[key]);
        row[key] = median(values);
        row.range[key] = [Math.min(...values), Math.max(...values)];
      }
      if (pwa) row.pwa = pwa;
      results.push(row);
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runLighthouse();
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, default mobile throttling, median of ${RUNS} runs per page, ${dist}/\n`);
  console.log('| page | performance | LCP | TBT | CLS | TTI |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(`| ${r.path} | ${r.score} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms | ${r.cls.toFixed(3)} | ${(r.interactiveMs / 1000).toFixed(2)} s |`);
  const pwa = results.find((r) => r.pwa)?.pwa ?? [];
  console.log('\nPWA and installability (home page):\n');
  for (const a of pwa) console.log(`- ${a.pass ? 'pass' : 'FAIL'}  ${a.id}: ${a.title}`);
}
