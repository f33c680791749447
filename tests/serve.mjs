// A small static server for tests and benchmarks that behaves like a static
// host's defaults (nginx, Apache, GitHub Pages, an object store's website
// mode), with no rules of its own: a file is served as it is; an address
// ending in "/" gets that folder's index.html; a folder's address without
// the slash is redirected (301) to it with the slash, as Apache and GitHub
// Pages do; anything else gets 404.html with status 404 — so the suite sees
// what visitors of such a host see (docs/hosting.md).
// Usage: node tests/serve.mjs [dir] [port] [base-path]
// `dir` may be a symlink: it is followed on every request, so a test can
// "deploy" a new version by pointing it elsewhere.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const base = (process.argv[4] ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk's hashed output names: name-0123456789abcdef.ext (wasm: …_bg.wasm);
// the hash is hex without leading zeros, so sometimes shorter than 16.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

// Compressed like a CDN serving pre-compressed files (brotli 11, gzip 9),
// so measurements over this server see realistic transfer sizes. Kept per
// file version.
const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg|webmanifest|txt)$/;
const compressed = new Map();
function encode(file, body, mtime, acceptEncoding) {
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding || !COMPRESSIBLE.test(file)) return { body };
  const key = `${file}:${mtime}:${encoding}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

async function kindAt(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (`${path}/` === base) {
    res.writeHead(301, { location: `${base}${url.search}` }).end();
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(404).end('outside base path');
    return;
  }
  path = '/' + path.slice(base.length);
  const target = normalize(join(root, path));
  if (!target.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  let file = null;
  let status = 200;
  const kind = await kindAt(target);
  if (kind === 'file' && !path.endsWith('/')) {
    file = target;
  } else if (kind === 'folder' && !path.endsWith('/')) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  } else if (kind === 'folder' && (await kindAt(join(target, 'index.html'))) === 'file') {
    file = join(target, 'index.html');
  }
  if (!file && (await kindAt(join(root, '404.html'))) === 'file') {
    file = join(root, '404.html');
    status = 404;
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const real = await realpath(file);
  const { body, encoding } = encode(real, await readFile(real), (await stat(real)).mtimeMs,
    req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // The caching docs/hosting.md recommends: hashed names forever, the rest revalidated.
    'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
  });
  res.end(body);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
