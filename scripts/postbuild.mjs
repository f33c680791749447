// Finishes a release build; Trunk runs it as a post_build hook (Trunk.toml)
// on its staging directory. Usage by hand: node scripts/postbuild.mjs DIR
//
// 1. Content-Security-Policy: Trunk starts the app with an inline module
//    script. Rather than allow all inline scripts, this hashes the inline
//    script(s) of this very build and writes a <meta> CSP into index.html
//    that allows exactly those, so the policy travels with the files to any
//    host. (Headers a <meta> cannot carry, e.g. frame-ancestors, are in
//    docs/hosting.md.)
// 2. Service worker: fills public/sw.js's placeholders with the list of
//    files this build produced and a version derived from their contents.
// 3. The bundled catalogue is kept readable in data/; the copy served is
//    minified (no indentation), which is about a fifth smaller on the wire.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('usage: node scripts/postbuild.mjs DIST_DIR');
  process.exit(2);
}

// Files the app itself never needs offline: the worker itself, host-page
// and developer files, and the catalogue (cached separately, refreshed).
const NOT_PRECACHED = new Set(['sw.js', '404.html', 'embed.js', 'catalogue.json', 'catalogue.schema.json']);

const sha = (algorithm, data) => createHash(algorithm).update(data);

function contentSecurityPolicy(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  const hashes = inline.map(([, body]) => `'sha256-${sha('sha256', body).digest('base64')}'`);
  return [
    "default-src 'self'",
    // wasm-unsafe-eval lets the page compile WebAssembly; it allows no JS eval.
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

async function withCsp(indexPath) {
  const html = (await readFile(indexPath, 'utf8'))
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  // Straight after <meta charset>, before anything the policy governs.
  await writeFile(indexPath, html.replace(/(<meta charset="utf-8">)/i, `$1\n    ${meta}`));
}

async function filesUnder(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

async function writeServiceWorker(root) {
  const precache = (await filesUnder(root)).filter((f) => !NOT_PRECACHED.has(f) && !f.endsWith('.map'));
  const version = sha('sha256', '');
  for (const file of precache) {
    version.update(`${file}\0${sha('sha256', await readFile(join(root, file))).digest('hex')}\0`);
  }
  const template = await readFile(new URL('../public/sw.js', import.meta.url), 'utf8');
  const worker = template
    .replace("'__CAREER_GUIDE_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace('__CAREER_GUIDE_PRECACHE__', JSON.stringify(precache));
  await writeFile(join(root, 'sw.js'), worker);
  return precache.length;
}

async function minifyCatalogue(path) {
  await writeFile(path, JSON.stringify(JSON.parse(await readFile(path, 'utf8'))));
}

await minifyCatalogue(join(dir, 'catalogue.json'));
await withCsp(join(dir, 'index.html'));
const count = await writeServiceWorker(dir);
console.log(`postbuild: CSP written into index.html; service worker precaches ${count} files`);
