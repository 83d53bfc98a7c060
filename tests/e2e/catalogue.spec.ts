import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';

/** The catalogue as it is on disk, so the expectations follow the content. */
const CONTENT = new URL('../../content/', import.meta.url);
const catalogue = readdirSync(new URL('exercises/', CONTENT)).map(
  (name) =>
    JSON.parse(readFileSync(new URL(`exercises/${name}`, CONTENT), 'utf8')) as {
      id: string;
      category: string;
      equipment: string[];
    },
);
const warmUpLength = (
  JSON.parse(readFileSync(new URL('routines/warm-up.json', CONTENT), 'utf8')) as {
    items: unknown[];
  }
).items.length;

test('browse the catalogue: filter, then open an exercise', async ({ page }) => {
  await page.goto('/#catalogue');
  const cards = page.getByTestId('exercise-card');
  await expect(cards).toHaveCount(catalogue.length);

  await page.getByTestId('filter-category').selectOption('neck');
  const neck = catalogue.filter((e) => e.category === 'neck');
  await expect(cards).toHaveCount(neck.length);
  await expect(page.getByTestId('catalogue-count')).toHaveText(
    `${neck.length} of ${catalogue.length} exercises`,
  );

  await page.getByTestId('filter-equipment').selectOption('chair');
  const neckOnChair = neck.filter((e) => e.equipment.includes('chair'));
  expect(neckOnChair.length).toBeGreaterThan(0);
  expect(neckOnChair.length).toBeLessThan(neck.length);
  await expect(cards).toHaveCount(neckOnChair.length);

  await page.locator('[data-testid=exercise-card][data-id=neck-turns] a').click();
  await expect(page).toHaveURL(/#exercise\/neck-turns$/);
  const detail = page.getByTestId('exercise-page');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Seated head turns');
  await expect(page.getByTestId('exercise-steps').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('exercise-breathing')).toContainText('Breathe');
  await expect(page.getByTestId('exercise-camera')).toContainText('Facing the camera');
  await expect(page.getByTestId('exercise-dose')).toContainText('5 reps each side');

  // A variant link leads to the other exercise's page.
  await page.getByTestId('exercise-variants').getByRole('link').first().click();
  await expect(page).toHaveURL(/#exercise\/chin-tuck-turns$/);
});

async function answerAll(page: Page, answer: 'yes' | 'no') {
  const radios = page.locator(`[data-testid^="q-"][data-testid$="-${answer}"]`);
  const count = await radios.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await radios.nth(i).check();
}

test('the check-in refuses a workout with a fever and says why, then passes', async ({ page }) => {
  await page.goto('/#checkin');
  await expect(page.getByTestId('stop-signals')).toContainText('Nausea or vomiting');

  // Unanswered questions are named, not guessed.
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-incomplete')).toBeVisible();

  await answerAll(page, 'no');
  await page.getByTestId('q-fever-yes').check();
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  const stop = page.getByTestId('checkin-stop');
  await expect(stop).toContainText('No workout today');
  await expect(stop).toContainText('fever');
  await expect(page.getByTestId('start-workout')).toHaveCount(0);

  await stop.getByRole('button', { name: 'Answer again' }).click();
  await answerAll(page, 'no');
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-pass')).toBeVisible();
  await expect(page.getByTestId('general-rules')).toContainText('3-4 times a week');
  await page.getByTestId('start-workout').click();
  await expect(page).toHaveURL(/#workout$/);

  // The next workout gets the brief check-in, which asks only about today.
  await page.goto('/#checkin');
  await expect(page.getByTestId('question-health-changed')).toBeVisible();
  await expect(page.getByTestId('question-pregnancy')).toHaveCount(0);
});

test('stage 4 rules exercise out; stage 3 needs a supervisor', async ({ page }) => {
  await page.goto('/#checkin');
  await answerAll(page, 'no');
  await page.getByTestId('back-stage').selectOption('4');
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-stop')).toContainText('stage 4');

  await page.getByRole('button', { name: 'Answer again' }).click();
  await answerAll(page, 'no');
  await page.getByTestId('back-stage').selectOption('3');
  await page.getByTestId('q-supervised-no').check();
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('checkin-stop')).toContainText('supervision');
});

test('"Stop, it hurts" is reachable from any page', async ({ page }) => {
  for (const hash of ['#routines', '#exercise/plank', '#coach']) {
    await page.goto(`/${hash}`);
    await page.getByTestId('stop-it-hurts').click();
    await expect(page.getByTestId('stop-page')).toContainText('consult a doctor');
  }
});

test('ready routines show their estimated duration', async ({ page }) => {
  await page.goto('/#routines');
  const morning = page.locator('[data-testid=routine-card][data-id=morning]');
  await expect(morning.getByTestId('routine-duration')).toHaveText(/about 1[3-7] min/);
  const back = page.locator('[data-testid=routine-card][data-id=back-strengthening]');
  await expect(back.getByTestId('routine-duration')).toHaveText(/about (2\d|30) min/);
});

test('build a routine, reorder it, and find it again after a reload', async ({ page }) => {
  await page.goto('/#routines');
  await page.getByTestId('new-routine').click();
  await expect(page).toHaveURL(/#routine\/my-/);
  const items = page.getByTestId('routine-item');
  await expect(items).toHaveCount(warmUpLength);

  await page.getByTestId('routine-name').fill('Evening back care');
  await page.getByTestId('add-exercise-select').selectOption('plank');
  await page.getByTestId('add-exercise').click();
  await page.getByTestId('add-exercise-select').selectOption('cat-cow');
  await page.getByTestId('add-exercise').click();
  await expect(items).toHaveCount(warmUpLength + 2);

  // Reorder: cat-cow moves up above the plank.
  await items.last().getByTestId('move-up').click();
  await expect(items.nth(warmUpLength)).toHaveAttribute('data-id', 'cat-cow');
  await expect(items.nth(warmUpLength + 1)).toHaveAttribute('data-id', 'plank');
  await expect(page.getByTestId('unsaved')).toBeVisible();

  await page.getByTestId('save-routine').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device.');

  await page.reload();
  await expect(page.getByTestId('routine-name')).toHaveValue('Evening back care');
  await expect(items.nth(warmUpLength)).toHaveAttribute('data-id', 'cat-cow');
  await expect(items.nth(warmUpLength + 1)).toHaveAttribute('data-id', 'plank');

  await page.goto('/#routines');
  await expect(page.getByTestId('my-routine-card')).toContainText('Evening back care');
});

test('a full disk keeps the edit on screen and says what happened', async ({ page }) => {
  await page.goto('/#routines');
  await page.getByTestId('new-routine').click();
  await page.getByTestId('routine-name').fill('Kept in memory');
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    (window as unknown as { restoreSetItem: () => void }).restoreSetItem = () =>
      (Storage.prototype.setItem = original);
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.getByTestId('save-routine').click();
  await expect(page.getByTestId('save-status')).toContainText('storage for this site is full');
  await expect(page.getByTestId('routine-name')).toHaveValue('Kept in memory');

  await page.evaluate(() => (window as unknown as { restoreSetItem: () => void }).restoreSetItem());
  await page.getByTestId('save-routine').click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device.');
});

test('damaged saved routines give a clear message instead of a broken page', async ({ page }) => {
  await page.goto('/#routines');
  await page.evaluate(() => localStorage.setItem('spine-coach.my-routines.v1', '{not json'));
  await page.reload();
  await expect(page.getByTestId('routines-problem')).toContainText('could not be read');
  await expect(page.getByTestId('routine-card')).not.toHaveCount(0);
});

test('starting a routine goes through the check-in first', async ({ page }) => {
  await page.goto('/#routine/morning');
  await page.getByTestId('start-routine').click();
  await expect(page).toHaveURL(/#checkin$/);
  await answerAll(page, 'no');
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('chosen-routine')).toContainText('Morning routine');
  await expect(page.getByTestId('start-workout')).toHaveAttribute('href', '#workout');
});

test('practising one exercise goes through the check-in to that exercise', async ({ page }) => {
  await page.goto('/#exercise/glute-bridge');
  await page.getByTestId('practise').click();
  await expect(page).toHaveURL(/#checkin$/);
  await answerAll(page, 'no');
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await expect(page.getByTestId('start-workout')).toHaveAttribute('href', '#workout/glute-bridge');
});
