// Finishes a release build after the pages are pre-rendered
// (scripts/build.sh): node scripts/postbuild.mjs DIR
//
// 1. Content-Security-Policy: Trunk starts the app with an inline module
//    script, and index.html has a small inline script that applies a stored
//    theme before the first paint. Rather than allow all inline scripts,
//    this hashes the inline scripts of this very build and writes a <meta>
//    CSP into every page that allows exactly those, so the policy travels
//    with the files to any host. (JSON-LD blocks are data, never run, and
//    need no hash. Headers a <meta> cannot carry, e.g. frame-ancestors, are
//    in docs/hosting.md.)
// 2. Service worker: fills public/sw.js's placeholders with the list of
//    files this build produced (every page and the catalogue included) and
//    a version derived from their contents.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/postbuild.mjs DIST_DIR');
  process.exit(2);
}

// Files the app itself never needs offline: the worker itself, and files for
// hosts, developers and search engines.
const NOT_PRECACHED = new Set(['sw.js', 'embed.js', 'catalogue.schema.json', 'sitemap.xml', 'robots.txt']);
// A large site's sitemap is an index of numbered files (core's pages::sitemap).
const NUMBERED_SITEMAP = /^sitemap-\d+\.xml$/;

const sha = (algorithm, data) => createHash(algorithm).update(data);

function contentSecurityPolicy(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g)];
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

async function withCsp(pagePath) {
  const html = (await readFile(pagePath, 'utf8'))
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}">`;
  // Straight after <meta charset>, before anything the policy governs.
  await writeFile(pagePath, html.replace(/(<meta charset="utf-8">)/i, `$1\n    ${meta}`));
}

async function filesUnder(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

async function writeServiceWorker(root) {
  const precache = (await filesUnder(root)).filter((f) => !NOT_PRECACHED.has(f) && !NUMBERED_SITEMAP.test(f) && !f.endsWith('.map'));
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

const files = await filesUnder(dir);
const pages = files.filter((f) => f.endsWith('.html'));
for (const page of pages) await withCsp(join(dir, page));
const count = await writeServiceWorker(dir);
console.log(`postbuild: CSP written into ${pages.length} pages; service worker precaches ${count} files`);
