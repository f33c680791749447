// The byte budget: fails if the gzip -9 size of an entry of the app (its
// wasm and JS, with the CSS every page loads) in a release build grows past
// its budget. Deterministic (bytes, not seconds), so it runs in `make test`.
// Usage: node scripts/budget.mjs [DIST]
// Set from the measurements in docs/performance.md (the entry with every
// page: 634,252 B on 2026-12-07, 632,451 B, 632,130 B and 623,985 B earlier that day (617,646 B before the reading entry), 525,142 B on 2026-12-02, 438,000 B before
// pre-rendering; the reading pages' entry: see there) with a little
// headroom: raise one only deliberately, with a reason there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Trunk's hashed files: career-guide-<hash>.js and …_bg.wasm (every page),
// career-guide-reading-<hash>.js and …_bg.wasm (the reading pages),
// main-<hash>.css (both).
const ENTRIES = [
  { name: 'every page', prefix: 'career-guide-', budget: 634_300 },
  { name: 'the reading pages', prefix: 'career-guide-reading-', budget: 441_000 },
];
const dist = process.argv[2] ?? 'dist';
const hashed = readdirSync(dist).filter((f) => /-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css)$/.test(f));
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const css = hashed.filter((f) => f.endsWith('.css'));
let over = false;
for (const entry of ENTRIES) {
  const own = hashed.filter((f) => new RegExp(`^${entry.prefix}[0-9a-f]+(_bg\\.wasm|\\.js)$`).test(f));
  if (own.length !== 2 || css.length !== 1) {
    console.error(`budget: expected one wasm and one JS file for ${entry.name} and one CSS file in ${dist}/, found: ${[...own, ...css].join(', ')}`);
    process.exit(1);
  }
  let total = 0;
  for (const file of [...own, ...css]) {
    const size = gzip(file);
    total += size;
    console.log(`${String(size).padStart(9)} B gzip  ${file}`);
  }
  console.log(`${String(total).padStart(9)} B gzip  ${entry.name} (budget ${entry.budget} B)`);
  if (total > entry.budget) {
    console.error(`budget: ${entry.name} over by ${total - entry.budget} B`);
    over = true;
  }
}
if (over) process.exit(1);
