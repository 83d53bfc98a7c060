import { expect, test } from '@playwright/test';
import {
  expectMessage,
  launchWithCamera,
  openCoach,
  pipelineNumbers,
  waitForFrames,
  waitForModel,
} from './coach-page';
import {
  clipAsCamera,
  emptySceneCamera,
  footageClip,
  missingFootage,
  twoPeopleCamera,
} from './media';

/** Whole body in view, side-on, the whole clip. */
const CLIP = 'bridge-mat-1rep.mp4';
const FRAMES = 40;

test('finds a skeleton on at least 90% of frames from a camera filming a real exercise', async ({
  baseURL,
}) => {
  const clip = footageClip(CLIP);
  test.skip(!clip, missingFootage(CLIP));
  const browser = await launchWithCamera(clipAsCamera(clip!));
  try {
    const page = await openCoach(await browser.newPage({ baseURL }));
    await page.getByTestId('start-camera').click();
    const counts = await waitForFrames(page, FRAMES);
    const numbers = await pipelineNumbers(page);
    const rate = counts.detected / counts.processed;
    console.log(
      `[camera ${CLIP}] detected ${counts.detected}/${counts.processed} (${(rate * 100).toFixed(0)}%), ` +
        `dropped ${counts.dropped}, delegate ${numbers.delegate}, model load ${numbers.modelLoadMs.toFixed(0)} ms, ` +
        `inference median ${numbers.inferenceMs} ms, ${numbers.fps} fps`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.9);
    await expect(page.getByTestId('status')).toContainText('fps');
    // The webcam is shown as a mirror.
    await expect(page.locator('.stage')).toHaveClass(/mirrored/);
    await expect(page.getByTestId('message')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('says nobody is in the picture when the camera sees an empty room', async ({ baseURL }) => {
  const browser = await launchWithCamera(emptySceneCamera());
  try {
    const page = await openCoach(await browser.newPage({ baseURL }));
    await page.getByTestId('start-camera').click();
    await waitForModel(page);
    await expectMessage(page, 'nobody-in-frame');
    await expect(page.getByTestId('message')).toContainText('Step back');
    const counts = await waitForFrames(page, 5);
    expect(counts.detected).toBe(0);
  } finally {
    await browser.close();
  }
});

test('says when two people are in the picture', async ({ baseURL }) => {
  const clip = footageClip(CLIP);
  test.skip(!clip, missingFootage(CLIP));
  const browser = await launchWithCamera(twoPeopleCamera(clip!));
  try {
    const page = await openCoach(await browser.newPage({ baseURL }));
    await page.getByTestId('start-camera').click();
    await expectMessage(page, 'two-people');
  } finally {
    await browser.close();
  }
});
