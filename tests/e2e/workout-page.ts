/** Opening an exercise's workout page in a camera browser, and getting to its set. */
import { expect, type Browser, type Page } from '@playwright/test';
import { passCheckIn } from './check-in';

/** A page on the exercise's workout, with the app's pipeline messages echoed to the test log. */
export async function openWorkout(
  browser: Browser,
  baseURL: string | undefined,
  exercise: string,
): Promise<Page> {
  // No service worker: these tests are about the pipeline on a first visit, not about a worker
  // precaching 25 MB beside it; the offline test (installable.spec.ts) covers the service worker.
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

/**
 * Starts the camera and, once the framing guide has passed, presses "Start now" on the
 * demonstration card: the tests that are about the set skip its ten seconds (flow.spec.ts lets it
 * run out). When the card never comes, the error says what the guide was asking for.
 */
export async function startCameraToSet(page: Page): Promise<void> {
  await page.getByTestId('start-camera').click();
  try {
    await page.getByTestId('demo-start').click({ timeout: 90_000 });
  } catch (error) {
    const guide = await page.getByTestId('workout-flow').innerText({ timeout: 1000 });
    const status = await page.locator('[role=status]').allInnerTexts();
    throw new Error(
      `no demonstration card: the flow shows "${guide}", status ${JSON.stringify(status)}`,
      { cause: error },
    );
  }
}

export const holdSeconds = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('hud-count').getAttribute('data-hold-seconds'));
