import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { expectMessage, openCoach, waitForFrames, waitForModel } from './coach-page';

/*
 * Every test here runs in the lane's own browser (the config gives it the fake camera's test
 * pattern): a page or context of its own, no browser launched per test.
 */

const CAMERA_FAILURES = [
  ['NotFoundError', 'camera-not-found', 'Connect a webcam'],
  ['NotAllowedError', 'camera-permission-denied', 'Allow camera access'],
  ['NotReadableError', 'camera-in-use', 'Close other apps'],
] as const;

// One page for all of it: each failure leaves the start button ready for the next attempt.
test('explains a camera that fails (not found, not allowed, in use), starts again after it, and says when it is unplugged', async ({
  page,
}) => {
  await openCoach(page);
  await waitForModel(page);
  await page.evaluate(() => {
    const store = window as unknown as { realGetUserMedia: MediaDevices['getUserMedia'] };
    store.realGetUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  });
  for (const [name, code, advice] of CAMERA_FAILURES) {
    await test.step(`fails with ${name}`, async () => {
      // getUserMedia fails the way a browser's does, with a DOMException of that name.
      await page.evaluate((errorName) => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('camera refused by the test', errorName));
      }, name);
      await page.getByTestId('start-camera').click();
      await expectMessage(page, code);
      await expect(page.getByTestId('message')).toContainText(advice);
      await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'failed');
    });
  }

  await test.step('after the failure the camera can be started again', async () => {
    await page.evaluate(() => {
      const store = window as unknown as { realGetUserMedia: MediaDevices['getUserMedia'] };
      navigator.mediaDevices.getUserMedia = store.realGetUserMedia;
    });
    await page.getByTestId('start-camera').click();
    await waitForFrames(page, 3);
    await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'running');
    // The camera failure is gone (the fake camera's test pattern may still say nobody is in view).
    await expect(page.locator('[data-testid="message"][data-code="camera-in-use"]')).toHaveCount(0);
  });

  await test.step('unplugged while running', async () => {
    // What the browser does when the device goes away: the track ends and says so.
    await page.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]')!;
      const track = (video.srcObject as MediaStream).getVideoTracks()[0]!;
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
    await expectMessage(page, 'camera-unplugged');
    await expect(page.getByTestId('message')).toContainText('Reconnect the camera');
  });
});

test('says the model could not be downloaded when the server answers 404', async ({ context }) => {
  await context.route('**/models/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const page = await context.newPage();
  await page.goto('/#coach');
  await expectMessage(page, 'model-load-failed');
  await expect(page.getByTestId('status')).toHaveAttribute('data-model', 'failed');
});

test('says the model is damaged when its bytes are corrupt', async ({ context }) => {
  await context.route('**/models/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: randomBytes(4096),
    }),
  );
  const page = await context.newPage();
  await page.goto('/#coach');
  await expectMessage(page, 'model-invalid');
});

test('says the pose engine could not be loaded when the wasm files are missing', async ({
  context,
}) => {
  await context.route('**/mediapipe/wasm/**', (route) => route.fulfill({ status: 404 }));
  const page = await context.newPage();
  await page.goto('/#coach');
  await expectMessage(page, 'wasm-load-failed');
});
