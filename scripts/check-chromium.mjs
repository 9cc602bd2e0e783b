// Fails loudly (never skips) when the browser the end-to-end tests need is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `\nThe end-to-end tests need Chromium at ${path}, and it is not there.\n` +
      `Install Debian's Chromium:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `(or point CHROMIUM_PATH at another Chromium build).\n`,
  );
  process.exit(1);
}
