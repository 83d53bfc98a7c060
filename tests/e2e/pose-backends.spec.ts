/**
 * The pose backends end to end on footage: MoveNet coaches a plank, the automatic
 * setting chooses and explains, the app keeps one pose worker across exercises, and a worker
 * killed mid-set comes back without losing the set. One browser per clip, shared by its tests.
 */
import { expect, test } from '@playwright/test';
import { launchWithCamera } from './coach-page';
import { clipAsCamera, footageClip, missingFootage } from './media';
import { holdSeconds, openWorkout, startCameraToSet } from './workout-page';

const PLANK_CLIP = 'plank-rooftop-good-2.mp4';
const LIGHTNING = 'models/movenet-lightning.json';

test.describe('MoveNet Lightning', () => {
  test('coaches a plank, and a killed worker comes back without losing the set', async ({
    baseURL,
  }) => {
    const clip = footageClip(PLANK_CLIP);
    test.skip(!clip, missingFootage(PLANK_CLIP));
    const browser = await launchWithCamera(clipAsCamera(clip!), LIGHTNING);
    try {
      const page = await openWorkout(browser, baseURL, 'plank');
      await startCameraToSet(page);
      const status = page.getByTestId('status');
      await expect(status).toHaveAttribute('data-model-name', 'movenet-lightning');
      await expect(status).toContainText('no heels, feet or depth');
      await expect.poll(() => holdSeconds(page), { timeout: 90_000 }).toBeGreaterThan(2);
      const score = Number(await page.getByTestId('panel-score').getAttribute('data-score'));
      expect(score).toBeGreaterThanOrEqual(0);

      // Mid-set, the pose worker dies without a word (as a crashed or killed worker does).
      expect(page.workers()).toHaveLength(1);
      const before = await holdSeconds(page);
      const killedAt = Date.now();
      await page.workers()[0]!.evaluate(() => self.close());
      await expect(page.getByTestId('message')).toHaveAttribute('data-code', 'tracking-restarted');
      const noticedMs = Date.now() - killedAt;
      await expect(status).toHaveAttribute('data-restarts', '1');
      await expect(status).toHaveAttribute('data-model', 'ready', { timeout: 30_000 });
      const backMs = Date.now() - killedAt;
      // The set goes on from where it was: the hold time is kept and keeps growing.
      await expect.poll(() => holdSeconds(page), { timeout: 60_000 }).toBeGreaterThan(before + 1);
      console.log(
        `[worker killed] noticed after ${noticedMs} ms, model ready again after ${backMs} ms; hold ${before} s -> ${await holdSeconds(page)} s`,
      );
      // The watchdog waits max(2 s, 3x the slowest recent frame): 1.8-4.6 s measured under load.
      expect(noticedMs).toBeLessThan(8000);
    } finally {
      await browser.close();
    }
  });
});

test('automatic: times the models on the camera, says why, and keeps one warm worker across exercises', async ({
  baseURL,
}) => {
  const clip = footageClip(PLANK_CLIP);
  test.skip(!clip, missingFootage(PLANK_CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!), 'auto');
  try {
    const page = await openWorkout(browser, baseURL, 'plank');
    const status = page.getByTestId('status');
    await expect(status).toHaveAttribute('data-model', 'ready', { timeout: 60_000 });
    const coldMs = Number(await status.getAttribute('data-model-load-ms'));
    await page.getByTestId('start-camera').click();
    await expect(status).toContainText('timing', { timeout: 30_000 });
    await expect(status).toContainText('chosen on this device', { timeout: 90_000 });
    const choice = (await status.textContent()) ?? '';
    console.log(`[automatic choice] ${choice}`);
    expect(choice).toMatch(/fps/);
    const chosen = await status.getAttribute('data-model-name');
    expect(chosen).toMatch(/^(pose_landmarker_(full|lite)|movenet-(thunder|lightning))$/);
    await page.getByTestId('demo-start').click({ timeout: 90_000 });
    await expect.poll(() => holdSeconds(page), { timeout: 90_000 }).toBeGreaterThan(0.5);
    expect(page.workers()).toHaveLength(1);

    // The next exercise: same worker, the model already loaded, the choice remembered.
    await page.goto('/#workout/glute-bridge');
    await expect(page.getByTestId('current-exercise')).toHaveAttribute('data-id', 'glute-bridge');
    await page.getByTestId('start-camera').click();
    await expect(status).toHaveAttribute('data-phase', 'running');
    await expect(status).toHaveAttribute('data-warm', 'true');
    await expect(status).toHaveAttribute('data-model-name', chosen!);
    await expect(status).toContainText('chosen on this device');
    const warmMs = Number(await status.getAttribute('data-model-load-ms'));
    console.log(
      `[one worker] model load cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms`,
    );
    expect(warmMs).toBeLessThan(coldMs);
    expect(page.workers()).toHaveLength(1);
    await expect(status).toHaveAttribute('data-restarts', '0');
  } finally {
    await browser.close();
  }
});
