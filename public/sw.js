/* Career Guide service worker.
 *
 * This file is a template: a release build (scripts/postbuild.mjs, after
 * the pages are pre-rendered) replaces the two placeholders with the
 * build's version and the list of files it produced, so the precache list
 * is never kept by hand and every deployment changes this file — which is
 * how the browser notices a new version.
 *
 * - Every file of a version but the pages that grow with the catalogue (the
 *   course pages, and the providers page that links them all) — each other pre-rendered
 *   page, the catalogue the pages were rendered from, the hashed
 *   wasm/JS/CSS, icons, manifest — is precached at install and served
 *   cache-first, so a version is always whole: pages and catalogue never
 *   come from two deployments. The build bounds what this downloads
 *   (scripts/postbuild.mjs), whatever the catalogue's size.
 * - The whole catalogue (every course) is precached too while it fits
 *   within that bound. Past it, the build names it in COURSES instead, and
 *   it is kept once downloaded — when a page that lists courses is opened,
 *   or when the visitor asks (`save-courses`) — and only if its SHA-256 is
 *   this version's. A visitor who saved it keeps it saved across an update.
 *   `courses-offline` asks whether it is saved; the answer goes back to the
 *   page that asked (src/offline/, core's `offline`).
 * - Those pages are kept once opened, and only if they carry this version
 *   (`career-guide:release`): a page from another deployment is never kept
 *   or shown.
 * - A navigation gets its own pre-rendered page (`/roles/x/` →
 *   roles/x/index.html, as a static host serves it);
 *   an address without one here (an embedded view, or a course page not yet
 *   opened while offline) gets 404.html, whose script renders whatever the
 *   address asks for from this version's catalogue.
 * - A new version waits until the page says "skip-waiting" (the visitor
 *   clicked "Reload to update"), so old and new files never mix.
 */
'use strict';

const VERSION = '__CAREER_GUIDE_VERSION__';
const PRECACHE = __CAREER_GUIDE_PRECACHE__;
// `null` when the whole catalogue is precached; otherwise its file, SHA-256
// and compressed size, for keeping it once downloaded.
const COURSES = __CAREER_GUIDE_COURSES__;

const CACHE = 'career-guide-shell-' + VERSION;
const FALLBACK = new URL('404.html', self.registration.scope).href;
const COURSES_URL = COURSES && new URL(COURSES.file, self.registration.scope).href;

// Hashed files (name-0123456789abcdef.ext) never change, so the copy the
// page just loaded from the HTTP cache will do; anything else is revalidated.
function precacheRequest(path) {
  return new Request(path, { cache: /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(path) ? 'default' : 'no-cache' });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map(precacheRequest));
    if (COURSES && await savedByAnOlderVersion()) {
      // Best effort: a failure leaves them to be saved again, and About says so.
      await keepCourses(COURSES_URL).catch(() => null);
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      // Older versions, and the separate catalogue cache earlier versions kept.
      .filter((n) => n.startsWith('career-guide-') && n !== CACHE)
      .map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') self.skipWaiting();
  else if (type === 'courses-offline') event.waitUntil(reportCourses(event.source, null));
  else if (type === 'save-courses') event.waitUntil(saveCourses(event.source));
});

async function sha256(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

// Downloads the whole catalogue and keeps it if it is this version's; the
// response either way (a newer deployment's is the page's to judge).
async function keepCourses(request) {
  const response = await fetch(request);
  if (response.ok && await sha256(await response.clone().arrayBuffer()) === COURSES.sha256) {
    await (await caches.open(CACHE)).put(COURSES_URL, response.clone());
  }
  return response;
}

async function coursesSaved() {
  return !COURSES || Boolean(await (await caches.open(CACHE)).match(COURSES_URL));
}

async function savedByAnOlderVersion() {
  for (const name of await caches.keys()) {
    if (name.startsWith('career-guide-shell-') && name !== CACHE
        && await (await caches.open(name)).match(COURSES_URL)) return true;
  }
  return false;
}

// `failed`: why saving, just asked for, did not work ('download' or
// 'changed'), or null.
async function reportCourses(client, failed) {
  if (!client) return;
  client.postMessage({
    type: 'courses-offline',
    saved: await coursesSaved(),
    bytes: COURSES ? COURSES.bytes : null,
    failed,
  });
}

async function saveCourses(client) {
  let failed = null;
  if (!await coursesSaved()) {
    try {
      const response = await keepCourses(COURSES_URL);
      if (!await coursesSaved()) failed = response.ok ? 'changed' : 'download';
    } catch {
      failed = 'download';
    }
  }
  await reportCourses(client, failed);
}

// A navigation inside the scope to a page address: a folder's page
// (`roles/x/` or, as nginx serves it, `roles/x`) is its index.html, the
// rule every static host follows (docs/hosting.md); other files are
// themselves.
function pageFile(request, url) {
  if (request.mode !== 'navigate' || !url.href.startsWith(self.registration.scope)) return null;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  if (path === '' || path.endsWith('/')) return new URL(path + 'index.html', self.registration.scope).href;
  if (/\.html$/.test(path)) return new URL(path, self.registration.scope).href;
  if (/\.[a-z0-9]+$/i.test(path)) return null;
  return new URL(path + '/index.html', self.registration.scope).href;
}

const KEPT_WHEN_OPENED = /\/(courses\/[^/]+|providers)\/index\.html$/;

// A page kept once opened, from the network, if it is this version's: kept
// for next time. `null` offline, on an error, or for another deployment's.
async function pageWhenOpened(file, cache) {
  try {
    const response = await fetch(file);
    if (!response.ok) return null;
    const html = await response.text();
    if (!html.includes(`<meta name="career-guide:release" content="${VERSION}">`)) return null;
    const kept = new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    await cache.put(file, kept.clone());
    return kept;
  } catch {
    return null;
  }
}

async function page(file) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(file);
  if (saved) return saved;
  const opened = KEPT_WHEN_OPENED.test(file) ? await pageWhenOpened(file, cache) : null;
  if (opened) return opened;
  // No page of its own here: the fallback renders the address in the browser.
  return (await cache.match(FALLBACK)) || fetch(FALLBACK);
}

// The whole catalogue when it is not precached: the saved copy, or
// downloaded and kept.
async function courses(request) {
  const saved = await (await caches.open(CACHE)).match(COURSES_URL);
  return saved || keepCourses(request);
}

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const file = pageFile(request, url);
  if (file) event.respondWith(page(file));
  else if (COURSES && url.origin + url.pathname === COURSES_URL) event.respondWith(courses(request));
  else event.respondWith(fromCache(request));
});
