// Drives the operations console as an operator does, in headless Chromium, and prints what it saw
// as JSON on the last line of its output; screenshots go to the given folder.
//
//   node console.mjs <review|stop-restart> <service url> <user> <password> <screenshot folder> [document id...]
//
// review:       log in (a wrong password first), launch ocrJob from the runs page and wait for it,
//               see the documents COMPLETED, open the first document id and hover its total, then
//               filter the FAILED ones, select the second document id and re-run it.
// stop-restart: launch ocrJob, stop it from its page, wait until STOPPED, restart it, wait until it ends.
//
// Chromium is Debian's (CHROMIUM overrides /usr/bin/chromium); only playwright-core is installed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [scenario, base, user, password, shots, ...ids] = process.argv.slice(2);
if (!scenario || !base || !user || !password || !shots) {
  console.error('usage: node console.mjs <review|stop-restart> <url> <user> <password> <screenshot folder> [id...]');
  process.exit(2);
}
const timeoutMs = Number(process.env.E2E_TIMEOUT_MS ?? 420_000);
mkdirSync(shots, { recursive: true });
const seen = { scenario, errors: [] };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  page.on('dialog', (dialog) => { seen.errors.push('dialog: ' + dialog.message()); dialog.dismiss(); });
  await logIn(page);
  if (scenario === 'review') {
    await review(page);
  } else if (scenario === 'stop-restart') {
    await stopAndRestart(page);
  } else {
    throw new Error('unknown scenario ' + scenario);
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));

async function shot(page, name) {
  await page.screenshot({ path: join(shots, name + '.png'), fullPage: true });
}

async function logIn(page) {
  await page.goto(base + '/console/documents');
  seen.redirectedToLogin = page.url().includes('/console/login');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password + '-wrong');
  await page.click('#login button[type="submit"]');
  seen.wrongPasswordRefused = (await page.locator('.flash.error').innerText()).includes('Wrong');
  await page.fill('input[name="username"]', user);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL('**/console'), page.click('#login button[type="submit"]')]);
  seen.loggedIn = page.url().endsWith('/console');
}

/** Launches a job from the runs page; returns the new run's id, the page at the run. */
async function launch(page, jobName, parameters = '') {
  await page.goto(base + '/console/runs');
  await page.selectOption('#launch select[name="jobName"]', jobName);
  await page.fill('#launch textarea[name="parameters"]', parameters);
  await Promise.all([page.waitForURL(/\/console\/runs\/\d+$/), page.click('#launch button[type="submit"]')]);
  return Number(page.url().split('/').pop());
}

/** Reloads a run's page until its status is one of these; returns the status. */
async function awaitRunStatus(page, runId, statuses) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(base + '/console/runs/' + runId);
    const status = (await page.locator('#run-status').innerText()).trim();
    if (statuses.includes(status)) {
      return status;
    }
    if (Date.now() > deadline) {
      throw new Error('run ' + runId + ' still ' + status);
    }
    await page.waitForTimeout(500);
  }
}

async function review(page) {
  await shot(page, 'overview-before');
  const run = await launch(page, 'ocrJob');
  seen.ocrJob = { id: run, status: await awaitRunStatus(page, run, ['COMPLETED', 'FAILED', 'STOPPED']) };
  seen.ocrJob.steps = await page.locator('#steps tbody tr td:first-child').allInnerTexts();
  await shot(page, 'run-completed');

  await page.goto(base + '/console');
  seen.overviewCompleted = (await page.locator('[data-count="COMPLETED"]').innerText()).trim();
  await shot(page, 'overview');

  await page.goto(base + '/console/documents?status=COMPLETED');
  seen.completedIds = await page.locator('#documents tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));
  await shot(page, 'documents-completed');

  await page.goto(base + '/console/documents/' + encodeURIComponent(ids[0]));
  await page.locator('.page img').first().evaluate((img) => img.complete && img.naturalWidth > 0
    ? true : new Promise((resolve) => { img.onload = () => resolve(true); img.onerror = () => resolve(false); }));
  seen.pageImageWidth = await page.locator('.page img').first().evaluate((img) => img.naturalWidth);
  const total = page.locator('#fields tr[data-field="total"]');
  seen.totalValue = (await total.locator('td').nth(1).innerText()).trim();
  await total.hover();
  seen.highlightedBoxes = await page.locator('polygon.evidence.hot[data-field="total"]').count();
  seen.highlightedOthers = await page.locator('polygon.evidence.hot:not([data-field="total"])').count();
  seen.lineBoxes = await page.locator('polygon.line').count();
  await page.locator('polygon.evidence.hot').first().scrollIntoViewIfNeeded();
  await shot(page, 'document-total-highlighted');

  await page.goto(base + '/console/documents?status=FAILED');
  const failedRow = page.locator(`#documents tbody tr[data-id="${ids[1]}"]`);
  seen.failedErrorShown = (await failedRow.locator('td').nth(5).innerText()).trim();
  await failedRow.locator('input[name="documentIds"]').check();
  await shot(page, 'documents-failed-selected');
  await Promise.all([page.waitForURL(/\/console\/runs\/\d+$/), page.click('#rerun-selected')]);
  const rerun = Number(page.url().split('/').pop());
  seen.rerun = { id: rerun, flash: (await page.locator('.flash').first().innerText()).trim() };
  seen.rerun.status = await awaitRunStatus(page, rerun, ['COMPLETED', 'FAILED', 'STOPPED']);
  seen.rerun.documentIds = await page.locator('table tr', { hasText: 'documentIds' }).locator('td').innerText();
  await page.goto(base + '/console/documents/' + encodeURIComponent(ids[1]));
  seen.rerunHistory = await page.locator('#history tbody tr td:nth-child(4)').allInnerTexts();
  seen.rerunAttempts = await page.locator('h1 + p span').last().innerText();
  await shot(page, 'document-rerun');
}

async function stopAndRestart(page) {
  const run = await launch(page, 'ocrJob');
  // the run's page offers Stop while it runs
  await page.goto(base + '/console/runs/' + run);
  await Promise.all([page.waitForURL('**/console/runs/' + run), page.click('#stop')]);
  seen.stopFlash = (await page.locator('.flash').first().innerText()).trim();
  seen.stopped = await awaitRunStatus(page, run, ['STOPPED', 'COMPLETED', 'FAILED']);
  seen.stoppedDocuments = await page.locator('#run-documents').innerText().catch(() => '');
  await shot(page, 'run-stopped');
  await Promise.all([page.waitForURL(/\/console\/runs\/\d+$/), page.click('#restart')]);
  const restarted = Number(page.url().split('/').pop());
  seen.restart = { from: run, id: restarted, status: await awaitRunStatus(page, restarted, ['COMPLETED', 'FAILED', 'STOPPED']) };
  seen.restart.documents = await page.locator('#run-documents').innerText().catch(() => '');
  await shot(page, 'run-restarted');
  await page.goto(base + '/console/runs');
  await shot(page, 'runs');
}
