// Drives the app as a user does, in headless Chromium: uploads each file on the upload page, then
// watches the documents page (without reloading it) until every upload has ended, and prints what
// each row showed as JSON on the last line of its output.
//
//   node e2e/upload-and-watch.mjs <app url> <screenshot.png> <file>...
//
// Chromium is Debian's (CHROMIUM overrides /usr/bin/chromium): Playwright's own browser downloads
// are not needed, only playwright-core.
import { basename } from 'node:path';
import { chromium } from 'playwright-core';

const [appUrl, screenshot, ...files] = process.argv.slice(2);
if (!appUrl || !screenshot || files.length === 0) {
  console.error('usage: node e2e/upload-and-watch.mjs <app url> <screenshot.png> <file>...');
  process.exit(2);
}
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 300_000);

// headless, with a fresh profile of Playwright's own
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const rowOf = (name) => page.locator(`[data-testid="document-row"][data-file-name="${name}"]`);
  const sawProcessing = {};
  for (const file of files) {
    await page.goto(appUrl + '/');
    await page.setInputFiles('input[type="file"]', file);
    await Promise.all([page.waitForURL('**/documents**'), page.click('button[type="submit"]')]);
    // right after the upload, before the service has answered, the row says so
    const row = rowOf(basename(file));
    await row.waitFor({ timeout: 30_000 });
    sawProcessing[basename(file)] = (await row.innerText()).includes('Processing...');
  }
  // the page updates itself: wait on it as it is, no reload
  await page.waitForFunction((names) => names.every((name) => {
    const row = document.querySelector(`[data-testid="document-row"][data-file-name="${name}"]`);
    return row && (row.dataset.status === 'COMPLETED' || row.dataset.status === 'FAILED');
  }), files.map((file) => basename(file)), { timeout: timeoutMs, polling: 500 });
  const rows = [];
  for (const file of files) {
    const name = basename(file);
    const row = rowOf(name);
    rows.push({
      fileName: name,
      status: await row.getAttribute('data-status'),
      text: await row.innerText(),
      sawProcessing: sawProcessing[name],
    });
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify(rows));
} finally {
  await browser.close();
}
