/* Career Guide service worker.
 *
 * This file is a template: a release build (scripts/postbuild.mjs, run by
 * Trunk's post_build hook) replaces the two placeholders with the build's
 * version and the list of files it produced, so the precache list is never
 * kept by hand and every deployment changes this file — which is how the
 * browser notices a new version.
 *
 * - App shell (index.html, hashed wasm/JS/CSS, icons, manifest): precached
 *   at install, served cache-first; navigations to app routes get the
 *   cached index.html, so every page works offline.
 * - Catalogue: precached at install, then stale-while-revalidate: the saved
 *   copy answers at once, a fresh copy is fetched in the background, and
 *   open pages are told when it changed.
 * - A new version waits until the page says "skip-waiting" (the visitor
 *   clicked "Reload to update"), so old and new files never mix.
 */
'use strict';

const VERSION = '__CAREER_GUIDE_VERSION__';
const PRECACHE = __CAREER_GUIDE_PRECACHE__;

const SHELL_CACHE = 'career-guide-shell-' + VERSION;
const DATA_CACHE = 'career-guide-data';
const SHELL = new URL('index.html', self.registration.scope).href;

// The catalogue address, as the deployed index.html names it (a host may
// set <meta name="career-guide:catalogue"> at deploy time). Read once per
// worker: a new index.html comes with a new worker.
let catalogueUrlOnce;
function catalogueUrl() {
  catalogueUrlOnce = catalogueUrlOnce || (async () => {
    const shell = await caches.open(SHELL_CACHE).then((c) => c.match(SHELL));
    const html = (shell ? await shell.text() : '').replace(/<!--[\s\S]*?-->/g, '');
    const meta = html.match(/<meta\s+name="career-guide:catalogue"\s+content="([^"]+)"/);
    return new URL(meta ? meta[1] : 'catalogue.json', self.registration.scope).href;
  })();
  return catalogueUrlOnce;
}

// Hashed files (name-0123456789abcdef.ext) never change, so the copy the
// page just loaded from the HTTP cache will do; anything else is revalidated.
function precacheRequest(path) {
  return new Request(path, { cache: /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(path) ? 'default' : 'no-cache' });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const shell = await caches.open(SHELL_CACHE);
    await shell.addAll(PRECACHE.map(precacheRequest));
    // Best effort: a catalogue that cannot be fetched now must not stop a
    // new version (which may fix it) from installing; the page reports it.
    const data = await caches.open(DATA_CACHE);
    const url = await catalogueUrl();
    if (!(await data.match(url))) await data.add(new Request(url, { cache: 'no-cache' })).catch(() => undefined);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((n) => n.startsWith('career-guide-shell-') && n !== SHELL_CACHE)
      .map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

// An app route: a navigation inside the scope to a path with no file
// extension (the same rule as the static hosts' rewrite).
function isAppRoute(request, url) {
  return request.mode === 'navigate' &&
    url.href.startsWith(self.registration.scope) &&
    !/\.[a-z0-9]+$/i.test(url.pathname);
}

async function fromShell(request) {
  const cache = await caches.open(SHELL_CACHE);
  return (await cache.match(request)) || fetch(request);
}

async function staleWhileRevalidate(event, url) {
  const cache = await caches.open(DATA_CACHE);
  const saved = await cache.match(url);
  // Cloned now: once `saved` is handed to the page its body is taken.
  const savedCopy = saved && saved.clone();
  const refresh = fetch(url, { cache: 'no-cache' }).then(async (fresh) => {
    if (!fresh.ok) return fresh;
    const changed = !savedCopy || (await savedCopy.text()) !== (await fresh.clone().text());
    await cache.put(url, fresh.clone());
    if (saved && changed) {
      const pages = await self.clients.matchAll({ type: 'window' });
      pages.forEach((page) => page.postMessage({ type: 'catalogue-updated' }));
    }
    return fresh;
  });
  if (saved) {
    event.waitUntil(refresh.catch(() => undefined)); // offline: keep the saved copy
    return saved;
  }
  return refresh;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (isAppRoute(request, url)) {
    event.respondWith(fromShell(SHELL));
    return;
  }
  event.respondWith((async () => {
    if (url.href === (await catalogueUrl())) return staleWhileRevalidate(event, url.href);
    return fromShell(request);
  })());
});
