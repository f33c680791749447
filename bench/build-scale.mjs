// How the build scales with the catalogue: for each size, a generated
// catalogue (core's generate-catalogue) is built as a host would build it
// (scripts/build.sh with a site URL, so the sitemap is written too), and the
// wall-clock time and the largest process's peak memory (GNU time's
// "Maximum resident set size") are printed against the targets of issue
// #26: a 50,000-course build within 10 minutes and 4 GB on this machine.
// Usage: node bench/build-scale.mjs [SIZES], e.g. 5000,50000 (the default).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

import { generatedCatalogue } from './engines.mjs';

const TARGETS = { minutes: 10, gib: 4 };
const sizes = (process.argv[2] ?? '5000,50000').split(',').map(Number);

mkdirSync('target/build-scale', { recursive: true });
for (const n of sizes) {
  const catalogue = `target/build-scale/catalogue-${n}.json`;
  const dist = `target/build-scale/dist-${n}`;
  writeFileSync(catalogue, generatedCatalogue(n));
  rmSync(dist, { recursive: true, force: true });
  // GNU time writes its report to stderr, after the build's own output.
  const run = spawnSync('/usr/bin/time', ['-v', 'bash', 'scripts/build.sh', '/', dist, catalogue, 'https://careers.example.edu'],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`the build of ${n} courses failed:\n${run.stderr}`);
  const report = run.stderr;
  const field = (name) => report.match(new RegExp(`${name}: (.+)`))?.[1].trim();
  // "m:ss.ss", or "h:mm:ss" past an hour.
  const elapsed = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
  const seconds = elapsed.split(':').map(Number).reduce((total, part) => total * 60 + part, 0);
  const gib = Number(field('Maximum resident set size \\(kbytes\\)')) / 1024 / 1024;
  const sitemaps = readdirSync(dist).filter((f) => /^sitemap(-\d+)?\.xml$/.test(f)).length;
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log(`${n} courses: built in ${(seconds / 60).toFixed(1)} min (target ≤ ${TARGETS.minutes}: ${verdict(seconds <= TARGETS.minutes * 60)}), `
    + `peak ${gib.toFixed(2)} GiB (target ≤ ${TARGETS.gib}: ${verdict(gib <= TARGETS.gib)}), ${sitemaps} sitemap file(s)`);
}
