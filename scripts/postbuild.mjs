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
//    and a version derived from the files' contents, which those pages
//    carry too (so the worker never keeps one from another deployment).
//    The precache is bounded, whatever the catalogue's size: the whole
//    catalogue (every course) is precached only while it fits; past the
//    bound it is named to the worker instead, which keeps it once
//    downloaded. If the rest alone passes the bound the build fails, naming
//    the limit.
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
// would): 2 MB (#26), or OFFLINE_LIMIT_KB for a host that wants first
// visits lighter (the 5,000-course test site uses it).
const LIMIT_VARIABLE = 'OFFLINE_LIMIT_KB';
const PRECACHE_LIMIT = (() => {
  const asked = process.env[LIMIT_VARIABLE];
  if (asked === undefined || asked === '') return 2_000_000;
  if (!/^[1-9]\d*$/.test(asked)) {
    console.error(`postbuild: ${LIMIT_VARIABLE} must be a whole number of kilobytes, not "${asked}"`);
    process.exit(2);
  }
  return Number(asked) * 1000;
})();
// The whole catalogue (core's pages::CATALOGUE_FILE), precached only while
// it fits within the bound.
const COURSES_FILE = 'catalogue.json';

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
  const precache = offline.filter((f) => !KEPT_WHEN_OPENED.test(f) && f !== COURSES_FILE);
  const keptWhenOpened = offline.filter((f) => KEPT_WHEN_OPENED.test(f));
  // The pages kept once opened are rendered from the code, template and
  // catalogue, so this hash versions those pages too.
  const hash = sha('sha256', '');
  let precacheBytes = 0;
  for (const file of precache) {
    const data = await readFile(join(root, file));
    hash.update(`${file}\0${sha('sha256', data).digest('hex')}\0`);
    precacheBytes += brotli(data);
  }
  const limit = `the limit of ${kb(PRECACHE_LIMIT)} (${LIMIT_VARIABLE}, default 2,000)`;
  if (precacheBytes > PRECACHE_LIMIT) {
    console.error(`postbuild: the files every first visit would download for offline use come to ${kb(precacheBytes)} brotli without the courses, over ${limit}. The catalogue without its courses (roles, skills, providers) and the pages rendered from it are most of it: a smaller catalogue, or a larger limit chosen deliberately, is needed; nothing was left out to fit.`);
    process.exit(1);
  }
  const courses = await readFile(join(root, COURSES_FILE));
  const coursesSha = sha('sha256', courses).digest('hex');
  hash.update(`${COURSES_FILE}\0${coursesSha}\0`);
  const coursesBytes = brotli(courses);
  const coursesPrecached = precacheBytes + coursesBytes <= PRECACHE_LIMIT;
  if (coursesPrecached) {
    precache.push(COURSES_FILE);
    precacheBytes += coursesBytes;
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
    .replace('__CAREER_GUIDE_PRECACHE__', JSON.stringify(precache))
    .replace('__CAREER_GUIDE_COURSES__', JSON.stringify(coursesPrecached ? null : { file: COURSES_FILE, sha256: coursesSha, bytes: coursesBytes }));
  await writeFile(join(root, 'sw.js'), worker);
  return { precache: precache.length, precacheBytes, kept: keptWhenOpened.length, keptBytes, coursesPrecached, coursesBytes, limit };
}

const files = await filesUnder(dir);
const pages = files.filter((f) => f.endsWith('.html'));
for (const page of pages) await withCsp(join(dir, page));
const worker = await writeServiceWorker(dir);
const courses = worker.coursesPrecached
  ? 'every course among them'
  : `every course (${kb(worker.coursesBytes)}) left out to stay within it: kept once downloaded`;
console.log(`postbuild: CSP written into ${pages.length} pages; service worker precaches ${worker.precache} files (${kb(worker.precacheBytes)} brotli, ${worker.limit}; ${courses}) and keeps ${worker.kept} pages (course pages and the providers page, ${kb(worker.keptBytes)} uncompressed) as they are opened`);
