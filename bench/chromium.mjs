// Debian's Chromium for the benchmark and the screenshot script, never a
// downloaded browser. The flags (the same as playwright.config.ts) keep it
// from reaching out to a network this machine does not have.
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** Launches /usr/bin/chromium headless with CHROMIUM_FLAGS and any extra flags. */
export const launchChromium = (extraFlags = []) =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraFlags] });

/**
 * A new context and page, service workers blocked, with the CPU slowed
 * `rate` times and every long task recorded from the start of the load.
 */
export async function throttledPage(browser, rate = 4) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  });
  return { context, page };
}

/**
 * On a page from `throttledPage` that has started: the takeover's User
 * Timing entries (the takeover proper and the parts taken over later,
 * `src/ui/later.rs`, added up), the longest task from the first paint on,
 * and the sum of those tasks' time over 50 ms (what total blocking time
 * adds up).
 */
export const startFigures = (page) =>
  page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const after = window.__longTasks.filter((t) => t.startTime + t.duration > paint);
    return {
      takeover: ['career-guide:takeover', 'career-guide:takeover-part']
        .flatMap((name) => performance.getEntriesByName(name))
        .reduce((sum, entry) => sum + entry.duration, performance.getEntriesByName('career-guide:takeover').length ? 0 : NaN),
      longest: Math.max(0, ...after.map((t) => t.duration)),
      blocking: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    };
  });
