import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import {
  expectMessage,
  openCoach,
  pipelineNumbers,
  skeletonCounts,
  waitForFrames,
} from './coach-page';
import { clipEndingBeforeItsDuration, footageClip, missingFootage } from './media';

/** Whole body in view, side-on, 3.9 s, 1280x720 H.264: as a phone would record it. */
const CLIP = 'plank-rooftop-good-2.mp4';
const FRAMES = 20;

test('finds a skeleton on at least 90% of frames of a video file the person opens', async ({
  page,
}) => {
  const clip = footageClip(CLIP);
  test.skip(!clip, missingFootage(CLIP));
  await openCoach(page);
  await page.getByTestId('video-file').setInputFiles(clip!);
  const counts = await waitForFrames(page, FRAMES);
  const numbers = await pipelineNumbers(page);
  const rate = counts.detected / counts.processed;
  console.log(
    `[file ${CLIP}] detected ${counts.detected}/${counts.processed} (${(rate * 100).toFixed(0)}%), ` +
      `dropped ${counts.dropped}, delegate ${numbers.delegate}, model load ${numbers.modelLoadMs.toFixed(0)} ms, ` +
      `inference median ${numbers.inferenceMs} ms`,
  );
  expect(rate).toBeGreaterThanOrEqual(0.9);
  // A recording waits for the analysis instead of skipping frames.
  expect(counts.dropped).toBe(0);
  // A recording is shown as it was filmed, not mirrored.
  await expect(page.locator('.stage')).not.toHaveClass(/mirrored/);
});

test('says a damaged video file cannot be played', async ({ page }) => {
  await openCoach(page);
  await page.getByTestId('video-file').setInputFiles({
    name: 'broken.mp4',
    mimeType: 'video/mp4',
    buffer: randomBytes(64 * 1024),
  });
  await expectMessage(page, 'video-unsupported');
  await expect(page.getByTestId('message')).toContainText('MP4');
});

test('analyses a recording to its last frame when the container lasts longer than the frames', async ({
  page,
}) => {
  await openCoach(page);
  await page.getByTestId('video-file').setInputFiles(clipEndingBeforeItsDuration());
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'ended', {
    timeout: 90_000,
  });
  // Seeks at 0, 100, ..., 1000 ms: 11 frames, the last one clamped to the frame at 967 ms. A
  // frame that cannot be drawn is dropped without a word, so the count is what shows it.
  const counts = await skeletonCounts(page);
  expect(counts.processed).toBe(11);
  // Nobody is in the test pattern, so a hint may show; no error may.
  await expect(page.locator('[data-testid="message"].error')).toHaveCount(0);
});
