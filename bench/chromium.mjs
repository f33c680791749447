// Debian's Chromium for the benchmark and the screenshot script, never a
// downloaded browser. The flags (the same as playwright.config.ts) keep it
// from reaching out to a network this machine does not have.
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/** Launches /usr/bin/chromium headless with CHROMIUM_FLAGS and any extra flags. */
export const launchChromium = (extraFlags = []) =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, ...extraFlags] });
