// The byte budget: fails if the gzip -9 size of the app's wasm + JS + CSS in
// a release build grows past BUDGET. Deterministic (bytes, not seconds), so
// it runs in `make test`. Usage: node scripts/budget.mjs [DIST]
// Set from the measurement in docs/performance.md (525,142 B on 2026-12-02,
// after the code was made smaller; 592,372 B before that, 438,000 B before
// pre-rendering, see there) with about 1% headroom: raise it only
// deliberately, with a reason there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 618_000;
const dist = process.argv[2] ?? 'dist';
// Trunk's hashed app files: career-guide-<hash>.js, …_bg.wasm, main-<hash>.css.
const app = readdirSync(dist).filter((f) => /-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css)$/.test(f));
if (app.length !== 3) {
  console.error(`budget: expected one wasm, one JS and one CSS file in ${dist}/, found: ${app.join(', ')}`);
  process.exit(1);
}
let total = 0;
for (const file of app) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${String(size).padStart(9)} B gzip  ${file}`);
}
console.log(`${String(total).padStart(9)} B gzip  total (budget ${BUDGET} B)`);
if (total > BUDGET) {
  console.error(`budget: over by ${total - BUDGET} B`);
  process.exit(1);
}
