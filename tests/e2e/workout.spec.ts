import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { passCheckIn } from './check-in';
import { launchWithCamera } from './coach-page';
import {
  boomerangCamera,
  clipAsCamera,
  clipThenEmptyCamera,
  footageClip,
  missingFootage,
} from './media';
import { holdSeconds, openWorkout, startCameraToSet } from './workout-page';

/** A good forearm plank filmed side-on, the whole body in view (labelled hold 0-3.9 s, looped). */
const PLANK_CLIP = 'plank-rooftop-good-2.mp4';
/**
 * A glute bridge with a labelled fault: the gym tutorial's "thigh-driven" bridge (labelled 2.25-3.7
 * s, hips up 2.5-3.5 s), its hips 161-164 degrees from the line of shoulders and knees against
 * the 165 of a full bridge. Played forward then backward, so that it loops without a cut.
 */
const FAULTY_BRIDGE = {
  clip: 'glute-bridge-wrong-then-right-gym-tutorial-overlays.mp4',
  fromS: 2.2,
  toS: 3.7,
};
/** A bone at a hip (bone keys name their two landmarks; the hips are 23 and 24). */
const HIP_BONE = /\b2[34]\b/;

test('the workout page waits for a passed check-in', async ({ page }) => {
  await page.goto('/#workout/plank');
  await expect(page.getByTestId('workout-gate')).toBeVisible();
  await expect(page.getByTestId('current-exercise')).toHaveCount(0);
  // The stop control stays reachable from the header.
  await expect(page.getByTestId('stop-it-hurts')).toBeVisible();
});

test('a chosen routine runs step by step, by buttons and by keys', async ({ page }) => {
  await page.goto('/#routine/neck-desk');
  const items = await page.getByTestId('routine-item').count();
  expect(items).toBeGreaterThan(2);
  const names = await page.getByTestId('routine-item').getByRole('link').allTextContents();
  await page.getByTestId('start-routine').click();
  await expect(page).toHaveURL(/#checkin$/);
  const radios = page.locator('[data-testid^="q-"][data-testid$="-no"]');
  await expect(radios.first()).toBeVisible();
  for (let i = 0; i < (await radios.count()); i++) await radios.nth(i).check();
  await page.getByTestId('back-stage').selectOption('none');
  await page.getByTestId('checkin-submit').click();
  await page.getByTestId('start-workout').click();
  await expect(page).toHaveURL(/#workout$/);

  await expect(page.getByTestId('workout-step')).toHaveCount(items);
  const current = page.getByTestId('current-exercise');
  const title = page.getByTestId('hud-title');
  await expect(current).toContainText(names[0]!);
  await expect(current).toContainText(`1 of ${items}`);
  await expect(title).toContainText(names[0]!);
  await expect(page.getByTestId('hud-next')).toHaveText(`Next: ${names[1]!}`);
  await expect(page.getByTestId('camera-setup')).toContainText('Place the camera');
  // Before the camera runs the cue area says what to do, not a silent zero.
  await expect(page.getByTestId('hud-cue-text')).toContainText('Start the camera');
  await expect(page.getByTestId('previous-step')).toBeDisabled();
  await page.getByTestId('next-step').click();
  await expect(current).toContainText(names[1]!);
  await expect(page.getByTestId('previous-step')).toBeEnabled();
  await page.getByTestId('workout-step').last().getByRole('button').click();
  await expect(current).toContainText(names[items - 1]!);
  await expect(page.getByTestId('next-step')).toBeDisabled();
  await expect(page.getByTestId('hud-next')).toHaveText('Last exercise');

  // Keys: arrows skip back and forward, M mutes, space pauses, ? shows the keys.
  await page.keyboard.press('ArrowLeft');
  await expect(title).toContainText(names[items - 2]!);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(title).toContainText(names[items - 2]!);
  const mute = page.getByTestId('mute-toggle');
  await expect(mute).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('m');
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('M');
  await expect(mute).toHaveAttribute('aria-pressed', 'false');
  const pause = page.getByTestId('pause-toggle');
  await page.keyboard.press(' ');
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('hud-cue')).toHaveAttribute('data-kind', 'paused');
  await page.keyboard.press(' ');
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('?');
  const help = page.getByTestId('help-dialog');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Escape');
  // Escape closes the help, and only the help: the workout goes on.
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('workout-screen')).toBeVisible();
  // Escape ends. Without the camera nothing was counted: the summary says so, nothing is stored.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('workout-summary')).toContainText('Nothing was counted');
  await expect(page.getByTestId('summary-duration')).toHaveText(/^\d+ s$/);
});

test('"Stop, it hurts" on the workout screen ends the workout at once with the stop advice', async ({
  page,
}) => {
  await passCheckIn(page);
  await page.goto('/#workout/plank');
  await expect(page.getByTestId('workout-screen')).toBeVisible();
  await page.getByTestId('hud-top').getByTestId('stop-it-hurts').click();
  await expect(page).toHaveURL(/#stop$/);
  await expect(page.getByTestId('stop-page')).toBeVisible();
  await expect(page.getByTestId('workout-screen')).toHaveCount(0);
});

/** Top, bottom, left, right of an element, in CSS pixels of the viewport. */
async function box(page: Page, testId: string) {
  const rect = await page.getByTestId(testId).evaluate((element) => {
    const r = element.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  return { testId, ...rect };
}

type Box = Awaited<ReturnType<typeof box>>;

function expectApart(a: Box, b: Box) {
  const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  expect(
    overlap,
    `${a.testId} ${JSON.stringify(a)} overlaps ${b.testId} ${JSON.stringify(b)}`,
  ).toBe(false);
}

function expectInside(a: Box, width: number, height: number) {
  expect(a.left, `${a.testId} left`).toBeGreaterThanOrEqual(0);
  expect(a.top, `${a.testId} top`).toBeGreaterThanOrEqual(0);
  expect(a.right, `${a.testId} right`).toBeLessThanOrEqual(width);
  expect(a.bottom, `${a.testId} bottom`).toBeLessThanOrEqual(height);
}

test('plank on the camera: the hold runs, stops when the person leaves, pauses; readable at 1280x800 and 390x844', async ({
  baseURL,
}) => {
  const clip = footageClip(PLANK_CLIP);
  test.skip(!clip, missingFootage(PLANK_CLIP));
  // The plank (3.9 s), then 5 s of an empty room, looped.
  const browser = await launchWithCamera(clipThenEmptyCamera(clip!, 5));
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    // From the exercise's page, through the check-in, to its workout.
    await page.goto('/#exercise/plank');
    await page.getByTestId('practise').click();
    await passCheckIn(page);
    await page.getByTestId('start-workout').click();
    await expect(page).toHaveURL(/#workout\/plank$/);
    await expect(page.getByTestId('current-exercise')).toHaveAttribute('data-id', 'plank');
    await expect(page.getByTestId('camera-setup')).toContainText('side-on');
    await expect(page.getByTestId('current-dose')).toContainText('30 s');

    await startCameraToSet(page);
    const count = page.getByTestId('hud-count');
    await expect.poll(() => holdSeconds(page), { timeout: 90_000 }).toBeGreaterThan(1);
    await expect(count).toHaveAttribute('data-kind', 'hold');
    await expect(count).toContainText('of 30 s');
    // A webcam is shown mirrored, as a mirror.
    await expect(page.locator('.stage')).toHaveClass(/mirrored/);

    // The count is the largest thing on the screen: digits at least 120 px tall.
    const digits = page.getByTestId('hud-count-digits');
    const size = await digits.evaluate((element) => ({
      height: element.getBoundingClientRect().height,
      fontSize: parseFloat(getComputedStyle(element).fontSize),
    }));
    console.log(`[workout 1280x800] count digits ${size.height} px box, ${size.fontSize} px font`);
    expect(size.height).toBeGreaterThanOrEqual(120);
    const hud = ['hud-top', 'hud-side', 'hud-cue-area'];
    const boxes = await Promise.all(hud.map((id) => box(page, id)));
    for (const b of boxes) expectInside(b, 1280, 800);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expectApart(boxes[i]!, boxes[j]!);

    // The clip turns to an empty room: the app says why it cannot count, and the hold stops.
    const cue = page.getByTestId('hud-cue');
    await expect(cue).toHaveAttribute('data-kind', 'guidance', { timeout: 30_000 });
    await expect(page.getByTestId('hud-cue-text')).not.toBeEmpty();
    const whenLeft = await holdSeconds(page);
    await page.waitForTimeout(1500);
    if ((await cue.getAttribute('data-kind')) === 'guidance') {
      expect(await holdSeconds(page)).toBe(whenLeft);
    }
    // ...and runs again when the plank comes back.
    await expect.poll(() => holdSeconds(page), { timeout: 30_000 }).toBeGreaterThan(whenLeft + 1);

    // Space pauses: nothing is counted until space again.
    await page.keyboard.press(' ');
    await expect(cue).toHaveAttribute('data-kind', 'paused');
    const whenPaused = await holdSeconds(page);
    await page.waitForTimeout(2000);
    expect(await holdSeconds(page)).toBe(whenPaused);
    await page.keyboard.press(' ');
    await expect
      .poll(() => holdSeconds(page), { timeout: 30_000 })
      .toBeGreaterThan(whenPaused + 0.5);

    // A phone held upright: the same elements stacked, none overlapping, none cut off.
    await page.setViewportSize({ width: 390, height: 844 });
    const stacked = await Promise.all(
      ['hud-top', 'hud-stage', 'hud-side', 'hud-cue-area'].map((id) => box(page, id)),
    );
    for (const b of stacked) expectInside(b, 390, 844);
    for (let i = 0; i < stacked.length; i++)
      for (let j = i + 1; j < stacked.length; j++) expectApart(stacked[i]!, stacked[j]!);

    // Escape ends: the summary gives the hold against the target and the form.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Escape');
    const summary = page.locator('[data-testid=summary-exercise][data-id=plank]');
    await expect(summary).toContainText('Forearm plank');
    await expect(summary.getByTestId('summary-work')).toHaveText(/\d+ s of 30 s/);
    await expect(summary.getByTestId('summary-score')).toHaveText(/^\d+$/);
    await expect(page.getByTestId('save-problem')).toHaveCount(0);
    // The record is written after the summary shows: leaving before it lands would find it in
    // progress (it did, once, under load).
    await expect(page.getByTestId('workout-summary')).toHaveAttribute('data-saved', 'true');

    await page.goto('/#history');
    await page.reload();
    const workout = page.getByTestId('history-workout');
    await expect(workout).toHaveCount(1);
    await expect(workout).toHaveAttribute('data-ending', 'finished');
    await expect(workout).toContainText('Forearm plank');
    await expect(workout).toContainText(/held \d+ s of 30 s/);
    await expect(page.locator('[data-testid=progress-exercise][data-id=plank]')).toBeVisible();
  } finally {
    await browser.close();
  }
});

test('a bridge with a labelled fault: reps count, the hips turn the warning colour, the cue is spoken', async ({
  baseURL,
}) => {
  const clip = footageClip(FAULTY_BRIDGE.clip);
  test.skip(!clip, missingFootage(FAULTY_BRIDGE.clip));
  const camera = boomerangCamera(clip!, FAULTY_BRIDGE.fromS, FAULTY_BRIDGE.toS);
  const browser = await launchWithCamera(camera);
  try {
    const page = await openWorkout(browser, baseURL, 'glute-bridge');
    // What is handed to speech synthesis (headless Chromium has no voice to hear).
    await page.evaluate(() => {
      const spoken: string[] = [];
      Object.assign(window, { spoken });
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (utterance) => {
        spoken.push(utterance.text);
        speak(utterance);
      };
    });
    await startCameraToSet(page);
    const count = page.getByTestId('hud-count');
    await expect(count).toHaveAttribute('data-kind', 'reps', { timeout: 90_000 });
    await expect
      .poll(async () => Number(await count.getAttribute('data-reps')), { timeout: 60_000 })
      .toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('hud-count-digits')).not.toHaveText('0');
    // The hips' bones drawn at fault, and the pixel at the middle of one is the warning colour.
    const faultDrawn = () =>
      page.getByTestId('skeleton').evaluate((canvas: HTMLCanvasElement) => {
        const [x, y] = (canvas.dataset.faultMidpoints ?? '').split(' ')[0]!.split(',').map(Number);
        if (x === undefined || y === undefined || Number.isNaN(x)) return null;
        const [r, g, b] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
        const hex = (v = 0) => v.toString(16).padStart(2, '0');
        return {
          bones: canvas.dataset.faultBones,
          pixel: `#${hex(r)}${hex(g)}${hex(b)}`,
          warning: getComputedStyle(canvas).getPropertyValue('--skeleton-fault').trim(),
        };
      });
    await expect
      .poll(
        async () => {
          const drawn = await faultDrawn();
          return drawn && drawn.pixel === drawn.warning ? drawn.bones : null;
        },
        { timeout: 60_000 },
      )
      .toMatch(HIP_BONE);
    const cue = 'Lift your hips higher, into one line with your knees and shoulders';
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken), {
        timeout: 60_000,
      })
      .toContain(cue);
  } finally {
    await browser.close();
  }
});

test('a full disk loses nothing: the session stays on the page and exports as a file', async ({
  baseURL,
}) => {
  const clip = footageClip(PLANK_CLIP);
  test.skip(!clip, missingFootage(PLANK_CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!));
  try {
    const page = await browser.newPage({ baseURL });
    // IndexedDB refuses every write as a full disk does.
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await passCheckIn(page);
    await page.goto('/#workout/plank');
    await startCameraToSet(page);
    // The screen shows the hold at the picture's time, ahead of the engine's confirmed figure by
    // its decision lag (more at a few frames a second under load: 1.1 s shown was 0.8 s stored).
    await expect.poll(() => holdSeconds(page), { timeout: 90_000 }).toBeGreaterThan(2);
    await page.getByTestId('finish-workout').click();
    await expect(page.getByTestId('workout-summary')).toContainText('Forearm plank');
    await expect(page.getByTestId('save-problem')).toContainText('storage for this site is full');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-session').click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      kind: string;
      workouts: unknown[];
      sets: { exerciseId: string; holdSeconds: number }[];
      tracks: unknown[];
    };
    expect(file.kind).toBe('spine-coach-history');
    expect(file.workouts).toHaveLength(1);
    expect(file.sets[0]!.exerciseId).toBe('plank');
    expect(file.sets[0]!.holdSeconds).toBeGreaterThan(1);
    expect(file.tracks.length).toBeGreaterThan(0);
  } finally {
    await browser.close();
  }
});

test('history: damaged stored data gives a clear message instead of a broken page', async ({
  page,
}) => {
  // Garbage where the first version kept the history (idb-keyval's database and store), before
  // the app opens its database and migrates that history.
  await page.goto('/#coach');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('spine-coach-history');
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(new Error('cannot open'));
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put({ version: 9, sessions: 'lost' }, 'spine-coach.history.v1');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error('cannot write'));
        };
      }),
  );
  await page.goto('/#history');
  await expect(page.getByTestId('history-note')).toContainText('could not be read');
  await expect(page.getByTestId('history-empty')).toBeVisible();
});

test('history: a damaged import is refused with a clear message, a first-version file imports, an export imports back', async ({
  page,
}) => {
  await page.goto('/#history');
  await expect(page.getByTestId('history-page')).toHaveAttribute('data-loaded', 'true');
  await page.getByTestId('import-history').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind":'),
  });
  await expect(page.getByTestId('import-message')).toContainText('not valid JSON');
  await expect(page.getByTestId('history-empty')).toBeVisible();

  const session = {
    id: 'imported-1',
    startedAt: '2026-11-20T09:00:00.000Z',
    endedAt: '2026-11-20T09:20:00.000Z',
    routine: { id: 'morning', name: 'Morning routine' },
    finished: true,
    exercises: [
      {
        exerciseId: 'glute-bridge',
        name: 'Glute bridge',
        score: 82,
        holdSeconds: 12,
        reps: 9,
        repsBySide: { left: 0, right: 0 },
        targetReps: 10,
        perSide: false,
        secondsInPosition: 40,
        faults: [{ id: 'hips-low', cue: 'Lift your hips higher', seconds: 3.5 }],
      },
    ],
  };
  const file = {
    kind: 'spine-coach-history',
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    sessions: [session],
  };
  await page.getByTestId('import-history').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.getByTestId('import-message')).toContainText('Imported 1 workout');
  await expect(page.getByTestId('history-workout')).toContainText('9 of 10 reps');

  // Export, then import the exported file: nothing is doubled.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-history').click();
  const exported = await (await download).path();
  await page.getByTestId('import-history').setInputFiles(exported);
  await expect(page.getByTestId('import-message')).toContainText(
    'Imported 0 workout(s); 1 were already here',
  );
  await page.reload();
  await expect(page.getByTestId('history-workout')).toHaveCount(1);
});
