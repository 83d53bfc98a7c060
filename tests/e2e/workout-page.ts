/** Opening an exercise's workout page in a camera browser: check-in passed, then the workout. */
import { expect, type Browser, type Page } from '@playwright/test';

export async function passCheckIn(page: Page): Promise<void> {
  await page.goto('/#checkin');
  const radios = page.locator('[data-testid^="q-"][data-testid$="-no"]');
  await expect(radios.first()).toBeVisible();
  const count = await radios.count();
  for (let i = 0; i < count; i++) await radios.nth(i).check();
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-pass')).toBeVisible();
}

/** A page on the exercise's workout, with the app's pipeline messages echoed to the test log. */
export async function openWorkout(
  browser: Browser,
  baseURL: string | undefined,
  exercise: string,
): Promise<Page> {
  // No service worker: these tests are about the pipeline on a first visit; while the worker
  // installs and precaches 23 MB, the model's own fetch has failed ("Failed to fetch"), a first-visit
  // problem still open. The offline test (installable.spec.ts) covers the service worker.
  const page = await browser.newPage({ baseURL, serviceWorkers: 'block' });
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.text().startsWith('[spine-coach]')) console.log(message.text());
  });
  await passCheckIn(page);
  await page.goto(`/#workout/${exercise}`);
  await expect(page.getByTestId('current-exercise')).toHaveAttribute('data-id', exercise);
  return page;
}

export const holdSeconds = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('hud-count').getAttribute('data-hold-seconds'));
