// Two builds' start-up side by side, page loads interleaved (A, B, B, A, …)
// so that a busy spell on a shared machine falls on both alike: under a 4×
// CPU slowdown, the median of the longest task from the first paint to the
// app having started, of the takeover's User Timing entry, and of the sum
// of every such task's time over 50 ms (what total blocking time adds up).
//
// Usage: node bench/start-ab.mjs DIST_A DIST_B [RUNS] [PATH…]
import { spawn } from 'node:child_process';
import { launchChromium, startFigures, throttledPage } from './chromium.mjs';
import { median } from './stats.mjs';

const [distA, distB, runs = '7', ...given] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: node bench/start-ab.mjs DIST_A DIST_B [RUNS] [PATH…]');
const paths = given.length ? given : ['/roles/backend-developer/', '/compare/', '/courses/', '/quiz/'];
const builds = [
  { name: 'A', dist: distA, port: 4301 },
  { name: 'B', dist: distB, port: 4302 },
];
const servers = builds.map((b) => spawn('node', ['tests/serve.mjs', b.dist, String(b.port)], { stdio: 'ignore' }));
await new Promise((resolve) => setTimeout(resolve, 600));
const browser = await launchChromium();

async function load(port, path) {
  const { context, page } = await throttledPage(browser);
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.locator('html[data-started]').waitFor({ state: 'attached' });
  const figures = await startFigures(page);
  await context.close();
  return figures;
}

try {
  // One load of each first, so the servers' compressed copies are made.
  for (const path of paths) for (const b of builds) await load(b.port, path);
  console.log(`A = ${distA}, B = ${distB}; median of ${runs} loads each, 4× CPU\n`);
  console.log('| page | longest task A / B | takeover A / B | blocking over 50 ms A / B |\n| --- | ---: | ---: | ---: |');
  for (const path of paths) {
    const figures = { A: [], B: [] };
    for (let i = 0; i < Number(runs); i++) {
      for (const b of i % 2 ? [...builds].reverse() : builds) figures[b.name].push(await load(b.port, path));
    }
    const cell = (key) => builds.map((b) => `${Math.round(median(figures[b.name].map((f) => f[key])))}`).join(' / ');
    console.log(`| ${path} | ${cell('longest')} ms | ${cell('takeover')} ms | ${cell('blocking')} ms |`);
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.kill());
}
