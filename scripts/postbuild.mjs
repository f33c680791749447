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
// 2. Service worker: fills public/sw.js's placeholders with the files this
//    build precaches (every page but the course pages and the providers
//    page, the catalogue, the code), which pages it keeps only once opened,
//    and a version derived from the precached files' contents, which those
//    pages carry too (so the worker never keeps one from another
//    deployment).
//    The precache is bounded, whatever the catalogue's size: past
//    PRECACHE_LIMIT the build fails, naming the limit.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

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

// Pages whose number or size grows with the catalogue — each course's page,
// and the providers page, which links every course — are kept as the
// visitor opens them, not downloaded by every first-time visitor (#26).
const KEPT_WHEN_OPENED = /^(courses\/[^/]+|providers)\/index\.html$/;

// The most a first visit downloads in the background for offline use,
// brotli-compressed (quality 11, as a host serving pre-compressed files
// would). #26 asks for 2 MB; pages that show no course read the catalogue
// without them, but offline search and every course page read the whole
// one, which is 1.37 MB of it at 50,000 courses beside about 0.7 MB of code
// and pages, so the bound is 2.5 MB until the courses are loaded in parts.
const PRECACHE_LIMIT = 2_500_000;

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

const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`;

async function writeServiceWorker(root) {
  const offline = (await filesUnder(root)).filter((f) => !NOT_PRECACHED.has(f) && !NUMBERED_SITEMAP.test(f) && !f.endsWith('.map'));
  const precache = offline.filter((f) => !KEPT_WHEN_OPENED.test(f));
  const keptWhenOpened = offline.filter((f) => KEPT_WHEN_OPENED.test(f));
  // Those pages are rendered from the code, template and catalogue, all
  // precached, so their hash versions those pages too.
  const hash = sha('sha256', '');
  let precacheBytes = 0;
  for (const file of precache) {
    const data = await readFile(join(root, file));
    hash.update(`${file}\0${sha('sha256', data).digest('hex')}\0`);
    precacheBytes += brotli(data);
  }
  if (precacheBytes > PRECACHE_LIMIT) {
    console.error(`postbuild: the files every first visit would download for offline use come to ${kb(precacheBytes)} brotli, over the limit of ${kb(PRECACHE_LIMIT)} (PRECACHE_LIMIT in scripts/postbuild.mjs). The catalogue is most of it: a smaller catalogue, or a larger limit chosen deliberately, is needed; nothing was left out to fit.`);
    process.exit(1);
  }
  const version = hash.digest('hex').slice(0, 16);
  let keptBytes = 0;
  for (const file of keptWhenOpened) {
    const html = (await readFile(join(root, file), 'utf8'))
      .replace(/\s*<meta name="career-guide:release"[^>]*>/, '')
      .replace(/(<meta charset="utf-8">)/i, `$1\n    <meta name="career-guide:release" content="${version}">`);
    await writeFile(join(root, file), html);
    keptBytes += Buffer.byteLength(html);
  }
  const template = await readFile(new URL('../public/sw.js', import.meta.url), 'utf8');
  const worker = template
    .replace("'__CAREER_GUIDE_VERSION__'", JSON.stringify(version))
    .replace('__CAREER_GUIDE_PRECACHE__', JSON.stringify(precache));
  await writeFile(join(root, 'sw.js'), worker);
  return { precache: precache.length, precacheBytes, kept: keptWhenOpened.length, keptBytes };
}

const files = await filesUnder(dir);
const pages = files.filter((f) => f.endsWith('.html'));
for (const page of pages) await withCsp(join(dir, page));
const worker = await writeServiceWorker(dir);
console.log(`postbuild: CSP written into ${pages.length} pages; service worker precaches ${worker.precache} files (${kb(worker.precacheBytes)} brotli, limit ${kb(PRECACHE_LIMIT)}) and keeps ${worker.kept} pages (course pages and the providers page, ${kb(worker.keptBytes)} uncompressed) as they are opened`);
