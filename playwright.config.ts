import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The flags keep it from
// reaching out to a network this machine does not have.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A server the suite starts with `command`, ready once `url` answers. */
const served = (command: string, url: string) => ({ command, url, reuseExistingServer: !process.env.CI });

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: 'http://127.0.0.1:4173',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
    // Most specs stub the network with page.route, which a service worker
    // would bypass; the offline, update and embedding specs allow it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    served('node tests/serve.mjs dist 4173', 'http://127.0.0.1:4173/'),
    // The same app built with --public-url /careers/ (scripts/build.sh).
    served('node tests/serve.mjs target/dist-subpath 4175 /careers/', 'http://127.0.0.1:4175/careers/'),
    // The same app built from a host's own catalogue (the test fixture).
    served('node tests/serve.mjs target/dist-host 4178', 'http://127.0.0.1:4178/'),
    // A university's page on a second origin that embeds the app with embed.js.
    served('node tests/serve.mjs tests/host-site 4176', 'http://127.0.0.1:4176/'),
    // The app built from a generated catalogue of 5,000 courses (scripts/test.sh).
    served('node tests/serve.mjs target/dist-5000 4179', 'http://127.0.0.1:4179/'),
    // Debian's nginx with its stock `try_files $uri $uri/ =404` and no
    // rewrite rules (tests/nginx.sh), at the root and under /careers/.
    served('bash tests/nginx.sh dist 4180', 'http://127.0.0.1:4180/'),
    served('bash tests/nginx.sh target/dist-subpath 4181 /careers/', 'http://127.0.0.1:4181/careers/'),
    {
      // A "live" deployment the update spec switches between builds
      // (target/deploy-live is a symlink it repoints).
      command: 'node tests/serve.mjs target/deploy-live 4177',
      port: 4177,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
