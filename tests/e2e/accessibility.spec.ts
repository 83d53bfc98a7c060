import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bridgeHistoryFile, BUNDLE_WORKOUT } from './history-bundle';
import { passCheckIn } from './check-in';
import { launchWithCamera, pinModel, TEST_MODEL } from './coach-page';
import { clipAsCamera, footageClip, missingFootage } from './media';
import { holdSeconds } from './workout-page';

/** A good forearm plank filmed side-on, the whole body in view (held 0-3.9 s, looped). */
const WORKOUT_CLIP = 'plank-rooftop-good-2.mp4';
/** The flow's panel over the picture: the framing guide, the card or the 3-2-1. */
const FLOW_PANEL = '[data-testid=workout-flow]';

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

async function findings(page: Page, name: string, only?: string): Promise<Finding[]> {
  const started = Date.now();
  // Only violations get their elements' selectors worked out: that work, done for every element
  // that passes too, was most of axe's time. The rules run and judge the same elements.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (only) builder.include(only);
  const result = await builder.analyze();
  // "Incomplete" is what axe could not decide (text over the camera picture, for one).
  const undecided = result.incomplete.map((rule) => rule.id).join(', ');
  console.log(
    `[axe] ${name}: ${Date.now() - started} ms, ${result.passes.length} rules passed, undecided rules: ${undecided || 'none'}`,
  );
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

// The workout screen, stage by stage, on the fake camera playing a plank clip: one browser, both
// themes checked on each stage. The page's clock (Playwright's) is paused while axe reads a stage,
// so the card, the 3-2-1 and the guide's 1.5 s of "right" stand still under it; the camera's
// frames keep coming (they are not timers), only their timestamps stand still too.
test('axe finds no violations on the workout screen: framing guide, card, 3-2-1 and a set, light and dark', async ({
  baseURL,
}) => {
  test.setTimeout(300_000);
  const clip = footageClip(WORKOUT_CLIP);
  test.skip(!clip, missingFootage(WORKOUT_CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!));
  const found: Finding[] = [];
  try {
    // A context of its own: axe finishes its run in a second page of the same context.
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await pinModel(page, TEST_MODEL);
    await page.clock.install();
    await passCheckIn(page);
    await page.goto('/#workout/plank');
    const screen = page.getByTestId('workout-screen');

    /**
     * Stops the page's clock half a second ahead. pauseAt cannot go back to a time gone by, and
     * under load more than that half second can pass between reading the time and pausing: then
     * it reads the time again.
     */
    const pauseClock = async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500);
        } catch (error) {
          if (attempt >= 5 || !/to the past/.test((error as Error).message)) throw error;
        }
      }
    };

    /**
     * Stops the page's clock on the stage, reads it (or only the part given) in both themes, and
     * lets the clock go. The intro's stages are read in their own panel: the top bar around it is
     * the set's, read whole at the end (a whole-page read takes 10-15 s on a loaded machine).
     */
    async function checkStage(name: string, only?: string) {
      await pauseClock();
      const stage = await screen.getAttribute('data-flow-stage');
      const before = await page.evaluate(() => performance.now());
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // axe waits on its own zero-delay timers: the clock is stepped by hand until it is done.
        let done = false;
        const reading = findings(page, `workout ${name}, ${colorScheme}`, only).finally(() => {
          done = true;
        });
        while (!done) {
          // The clock is the context's: a step can meet axe's own page as it closes.
          await page.clock.runFor(1).catch((error: Error) => {
            if (page.isClosed() || !/closed/.test(error.message)) throw error;
          });
        }
        found.push(...(await reading));
      }
      const spent = (await page.evaluate(() => performance.now())) - before;
      console.log(`[axe] workout ${name}: the page's clock moved ${Math.round(spent)} ms`);
      // The stage stood still under axe: what was read is what the stage shows.
      await expect(screen).toHaveAttribute('data-flow-stage', stage!);
      await page.clock.resume();
    }

    await page.getByTestId('start-camera').click();
    await expect(page.getByTestId('framing-guide')).toBeVisible({ timeout: 90_000 });
    await checkStage('framing guide', FLOW_PANEL);

    await expect(page.getByTestId('demo-card')).toBeVisible({ timeout: 60_000 });
    await checkStage('demonstration card', FLOW_PANEL);

    // "Start now" goes to the 3-2-1; the clock stands still while it is read.
    await pauseClock();
    await page.getByTestId('demo-start').click();
    await expect(screen).toHaveAttribute('data-flow-stage', 'countdown');
    await page.clock.resume();
    await checkStage('countdown', FLOW_PANEL);

    await expect(screen).toHaveAttribute('data-flow-stage', 'set', { timeout: 30_000 });
    await expect.poll(() => holdSeconds(page), { timeout: 60_000 }).toBeGreaterThan(0.5);
    await expect(page.getByTestId('panel-score')).toBeVisible();
    await expect(page.getByTestId('hud-cue-text')).toBeVisible();
    await checkStage('set');
  } finally {
    await browser.close();
  }
  expect(found).toEqual([]);
});
