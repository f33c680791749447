/* Career Guide service worker.
 *
 * This file is a template: a release build (scripts/postbuild.mjs, after
 * the pages are pre-rendered) replaces the two placeholders with the
 * build's version and the list of files it produced, so the precache list
 * is never kept by hand and every deployment changes this file — which is
 * how the browser notices a new version.
 *
 * - Every file of a version — each pre-rendered page, the catalogue the
 *   pages were rendered from, the hashed wasm/JS/CSS, icons, manifest — is
 *   precached at install and served cache-first, so a version is always
 *   whole: pages and catalogue never come from two deployments.
 * - A navigation gets its own pre-rendered page (`/roles/x` → roles/x.html);
 *   an address without one (an embedded view, say) gets 404.html, whose
 *   script renders whatever the address asks for.
 * - A new version waits until the page says "skip-waiting" (the visitor
 *   clicked "Reload to update"), so old and new files never mix.
 */
'use strict';

const VERSION = '__CAREER_GUIDE_VERSION__';
const PRECACHE = __CAREER_GUIDE_PRECACHE__;

const CACHE = 'career-guide-shell-' + VERSION;
const FALLBACK = new URL('404.html', self.registration.scope).href;

// Hashed files (name-0123456789abcdef.ext) never change, so the copy the
// page just loaded from the HTTP cache will do; anything else is revalidated.
function precacheRequest(path) {
  return new Request(path, { cache: /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(path) ? 'default' : 'no-cache' });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE.map(precacheRequest));
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
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// A navigation inside the scope to a page address (no file extension, or
// .html): the same rule as the static hosts' (docs/hosting.md).
function pageFile(request, url) {
  if (request.mode !== 'navigate' || !url.href.startsWith(self.registration.scope)) return null;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length).replace(/\/$/, '');
  if (path === '') return new URL('index.html', self.registration.scope).href;
  if (/\.html$/.test(path)) return new URL(path, self.registration.scope).href;
  if (/\.[a-z0-9]+$/i.test(path)) return null;
  return new URL(path + '.html', self.registration.scope).href;
}

async function page(file) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(file);
  if (saved) return saved;
  // No page of its own: the fallback renders the address in the browser.
  return (await cache.match(FALLBACK)) || fetch(FALLBACK);
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
  event.respondWith(file ? page(file) : fromCache(request));
});
