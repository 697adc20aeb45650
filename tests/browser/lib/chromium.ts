import fs from 'fs';

/** Debian's chromium; the tests never download a browser. */
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails early, with the fix, when the browser is missing. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_EXECUTABLE))
    throw new Error(
      `${CHROMIUM_EXECUTABLE} is missing: apt-get install -y chromium fonts-noto-cjk`
    );
}
