import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install -y chromium); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumHint = `Không thấy Chromium ở ${chromiumPath}. Cài bằng: sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH tới trình duyệt Chromium).`;

export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

/** Headless Chromium with the flags this machine needs (no network beyond localhost). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
