import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bridgeHistoryFile, BUNDLE_WORKOUT } from './history-bundle';

/** Every page of the app, by address; the routine editor needs a routine of the person's own. */
const PAGES = [
  { name: 'coach', hash: '#coach', ready: 'start-camera' },
  { name: 'catalogue', hash: '#catalogue', ready: 'catalogue-page' },
  { name: 'exercise page', hash: '#exercise/plank', ready: 'exercise-page' },
  { name: 'routines', hash: '#routines', ready: 'routines-page' },
  { name: 'ready routine', hash: '#routine/neck-desk', ready: 'routine-page' },
  { name: 'check-in', hash: '#checkin', ready: 'checkin-page' },
  { name: 'stop', hash: '#stop', ready: 'stop-page' },
  { name: 'history', hash: '#history', ready: 'history-page' },
  { name: 'not found', hash: '#no-such-page', ready: 'not-found-page' },
] as const;

interface Finding {
  page: string;
  rule: string;
  impact: string;
  targets: string[];
}

async function findings(page: Page, name: string): Promise<Finding[]> {
  const started = Date.now();
  const result = await new AxeBuilder({ page }).analyze();
  console.log(`[axe] ${name}: ${Date.now() - started} ms`);
  return result.violations.map((violation) => ({
    page: name,
    rule: violation.id,
    impact: violation.impact ?? '',
    targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any page, ${colorScheme} theme`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(360_000);
    const context = await browser.newContext({ baseURL, colorScheme });
    const page = await context.newPage();
    const found: Finding[] = [];
    try {
      for (const { name, hash, ready } of PAGES) {
        await page.goto(`/${hash}`);
        await expect(page.getByTestId(ready).first()).toBeVisible();
        found.push(...(await findings(page, name)));
      }

      // The editor of a routine of one's own, and its delete confirmation dialog.
      await page.goto('/#routines');
      await page.getByTestId('new-routine').click();
      await expect(page.getByTestId('routine-editor')).toBeVisible();
      found.push(...(await findings(page, 'routine editor')));
      await page.getByTestId('delete-routine').click();
      await expect(page.getByTestId('delete-dialog')).toBeVisible();
      found.push(...(await findings(page, 'delete dialog')));
      await page.getByTestId('delete-cancel').click();

      // The theme menu, open.
      await page.getByTestId('theme-menu').click();
      await expect(page.getByTestId('theme-dark')).toBeVisible();
      found.push(...(await findings(page, 'theme menu')));
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });
}

test('the theme switch overrides the system setting and is remembered', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'light' });
  const page = await context.newPage();
  try {
    await page.goto('/#catalogue');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    const light = await background();
    await page.getByTestId('theme-menu').click();
    await page.getByTestId('theme-dark').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe(dark);
    await page.getByTestId('theme-menu').click();
    await page.getByTestId('theme-system').click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background()).toBe(light);
  } finally {
    await context.close();
  }
});

test('an unknown address shows "page not found" with a way back', async ({ page }) => {
  await page.goto('/#no-such-page');
  await expect(page.getByTestId('not-found-page')).toContainText('Page not found');
  await page.getByTestId('not-found-home').click();
  await expect(page).toHaveURL(/#coach$/);
  await expect(page.getByTestId('start-camera')).toBeVisible();
});

test('axe finds no violations on the history review pages, light and dark', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const found: Finding[] = [];
  try {
    // One imported workout (quicker than recording one) gives every review page something to show.
    await page.goto('/#history');
    await page.getByTestId('import-history').setInputFiles({
      name: 'bridge.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bridgeHistoryFile()),
    });
    await expect(page.getByTestId('history-workout')).toHaveCount(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, media: 'screen' });
      await page.goto('/#history');
      await expect(page.getByTestId('progress')).toBeVisible();
      await page.getByTestId('range-kind').selectOption('dates');
      await expect(page.getByTestId('range-from')).toBeVisible();
      for (const table of await page.locator('details').all())
        await table.locator('summary').click();
      found.push(...(await findings(page, `history list and progress, ${colorScheme}`)));
      await page.emulateMedia({ colorScheme, media: 'print' });
      found.push(...(await findings(page, `printable report, ${colorScheme}`)));
      await page.emulateMedia({ colorScheme, media: 'screen' });

      await page.goto(`/#history/${BUNDLE_WORKOUT}`);
      await expect(page.getByTestId('workout-review')).toHaveAttribute('data-loaded', 'true');
      await expect(page.getByTestId('line-chart').first()).toBeVisible();
      for (const table of await page.locator('details').all())
        await table.locator('summary').click();
      await page.getByTestId('rep-row').nth(1).getByRole('button', { name: 'Replay' }).click();
      await expect(page.getByTestId('replay-canvas')).toBeVisible();
      found.push(...(await findings(page, `workout review with replay, ${colorScheme}`)));
      await page.emulateMedia({ colorScheme, media: 'print' });
      found.push(...(await findings(page, `workout report, ${colorScheme}`)));
    }
  } finally {
    await context.close();
  }
  expect(found).toEqual([]);
});
