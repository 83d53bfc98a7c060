import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bridgeHistoryFile, BUNDLE_WORKOUT } from './history-bundle';
import { passCheckIn } from './check-in';
import { launchWithCamera } from './coach-page';
import { clipAsCamera, footageClip, missingFootage } from './media';
import { startCameraToSet } from './workout-page';

/** A good forearm plank filmed side-on, the whole body in view (labelled hold 0-3.9 s, looped). */
const PLANK_CLIP = 'plank-rooftop-good-2.mp4';

async function importText(page: Page, name: string, text: string) {
  await page.getByTestId('import-history').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** How many pixels of the chart's canvas are drawn in `colour` ("rgb(r, g, b)"), give or take 8. */
function drawnPixels(chart: Locator, colour: string): Promise<number> {
  return chart.evaluate((box, colour) => {
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    const canvas = box.querySelector('canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near =
        Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!);
      if (data[i + 3]! > 200 && near <= 8) count++;
    }
    return count;
  }, colour);
}

test('a reload mid-set keeps the workout as interrupted; it reviews, replays, prints, and moves to a fresh profile', async ({
  baseURL,
}) => {
  const clip = footageClip(PLANK_CLIP);
  test.skip(!clip, missingFootage(PLANK_CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!));
  try {
    const page = await browser.newPage({ baseURL });
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    await passCheckIn(page);
    await page.goto('/#workout/plank');
    await startCameraToSet(page);
    const hold = page.getByTestId('hud-count');
    // Past one periodic save (every 4 s) while holding.
    await expect
      .poll(async () => Number(await hold.getAttribute('data-hold-seconds')), { timeout: 90_000 })
      .toBeGreaterThan(5);
    const heldBeforeReload = Number(await hold.getAttribute('data-hold-seconds'));
    await page.reload();

    await page.goto('/#history');
    const workout = page.getByTestId('history-workout');
    await expect(workout).toHaveCount(1);
    await expect(workout).toContainText('interrupted');
    const held = Number((await workout.textContent())!.match(/held (\d+) s/)![1]);
    console.log(`[history] held ${heldBeforeReload} s before the reload, ${held} s stored`);
    expect(held).toBeGreaterThanOrEqual(Math.floor(heldBeforeReload - 5));
    expect(held).toBeGreaterThan(0);

    await workout.getByRole('link').click();
    await expect(page.getByTestId('workout-review')).toHaveAttribute('data-loaded', 'true');
    await expect(page.getByTestId('workout-ending')).toContainText('interrupted');
    await expect(page.getByTestId('line-chart').first().locator('canvas')).toBeVisible();
    await expect(page.getByTestId('set-chart-table').first()).toBeAttached();
    await page.getByTestId('replay-set').first().click();
    await page.getByTestId('replay-play').click();
    const canvas = page.getByTestId('replay-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-t'))).toBeGreaterThan(200);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    console.log(`[history] workout report PDF ${pdf.length} bytes`);
    await page.emulateMedia({ media: 'screen' });

    await page.goto('/#history');
    const listed = await page.getByTestId('history-workout').textContent();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-history').click();
    const exported = readFileSync(await (await download).path(), 'utf8');

    // A fresh profile (its own storage): the import gives the same history.
    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto('/#history');
    await expect(other.getByTestId('history-empty')).toBeVisible();
    await importText(other, 'broken.json', exported.slice(0, exported.length / 2));
    await expect(other.getByTestId('import-message')).toContainText('not valid JSON');
    await expect(other.getByTestId('history-empty')).toBeVisible();
    await importText(other, 'history.json', exported);
    await expect(other.getByTestId('import-message')).toContainText('Imported 1 workout');
    await expect(other.getByTestId('history-workout')).toHaveText(listed!);
    await fresh.close();
  } finally {
    await browser.close();
  }
});

test('a workout’s reps table and a rep’s replay with its fault; deleting asks first', async ({
  page,
}) => {
  await page.goto('/#history');
  await importText(page, 'bridge.json', bridgeHistoryFile());
  await expect(page.getByTestId('import-message')).toContainText('Imported 1 workout');
  // A foreign file is refused and changes nothing.
  await importText(page, 'other.json', JSON.stringify({ kind: 'recipes', version: 2 }));
  await expect(page.getByTestId('import-message')).toContainText('not a Spine Coach history file');
  await expect(page.getByTestId('history-workout')).toHaveCount(1);

  // The report's period: the figures and the list count only the workouts inside it.
  await page.getByTestId('range-kind').selectOption('dates');
  await page.getByTestId('range-from').fill('2026-11-01');
  await page.getByTestId('range-to').fill('2026-11-29');
  await expect(page.getByTestId('report-period')).toContainText('0 of 1 workout');
  await expect(page.getByTestId('history-workout')).toHaveCount(0);
  await expect(page.getByTestId('progress-exercise')).toHaveCount(0);
  await page.getByTestId('range-to').fill('2026-11-30');
  await expect(page.getByTestId('report-period')).toContainText('1 of 1 workout');
  await expect(page.getByTestId('progress-exercise')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('report-period')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/#history/${BUNDLE_WORKOUT}`);
  const rows = page.getByTestId('rep-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Lift your hips a little higher');

  // The charts redraw in a theme chosen while the page is open, and follow the system's setting.
  const chart = page.getByTestId('line-chart').first();
  await expect(chart).toHaveAttribute('data-line-colour', /rgb/);
  const light = (await chart.getAttribute('data-line-colour'))!;
  expect(await drawnPixels(chart, light)).toBeGreaterThan(20);
  await page.getByTestId('theme-menu').click();
  await page.getByTestId('theme-dark').click();
  await expect(chart).not.toHaveAttribute('data-line-colour', light);
  const dark = (await chart.getAttribute('data-line-colour'))!;
  expect(await drawnPixels(chart, dark)).toBeGreaterThan(20);
  expect(await drawnPixels(chart, light)).toBe(0);
  await page.getByTestId('theme-menu').click();
  await page.getByTestId('theme-system').click();
  await expect(chart).toHaveAttribute('data-line-colour', light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(chart).toHaveAttribute('data-line-colour', dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await rows.nth(1).getByRole('button', { name: 'Replay' }).click();
  await page.getByTestId('replay-speed').selectOption('2');
  await page.getByTestId('replay-play').click();
  await expect(page.getByTestId('replay-faults')).toContainText('Lift your hips');

  await page.getByTestId('delete-workout').click();
  await page.getByTestId('delete-workout-cancel').click();
  await expect(page.getByTestId('workout-review')).toContainText('Glute bridge');
  await page.getByTestId('delete-workout').click();
  await page.getByTestId('delete-workout-confirm').click();
  await expect(page).toHaveURL(/#history$/);
  await expect(page.getByTestId('history-empty')).toBeVisible();
});
