import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import {
  expectMessage,
  launchWithCamera,
  openCoach,
  waitForFrames,
  waitForModel,
} from './coach-page';

/** Makes getUserMedia fail the way a browser does, with a DOMException of the given name. */
async function cameraRejectsWith(page: Page, name: string): Promise<void> {
  await page.addInitScript((errorName) => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('camera refused by the test', errorName));
  }, name);
  await page.reload();
}

for (const [name, code, advice] of [
  ['NotFoundError', 'camera-not-found', 'Connect a webcam'],
  ['NotAllowedError', 'camera-permission-denied', 'Allow camera access'],
  ['NotReadableError', 'camera-in-use', 'Close other apps'],
] as const) {
  test(`explains a camera failing with ${name}`, async ({ baseURL }) => {
    const browser = await launchWithCamera();
    try {
      const page = await openCoach(browser, baseURL);
      await cameraRejectsWith(page, name);
      await page.getByTestId('start-camera').click();
      await expectMessage(page, code);
      await expect(page.getByTestId('message')).toContainText(advice);
      await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'failed');
    } finally {
      await browser.close();
    }
  });
}

test('says the camera was unplugged when its track ends while running', async ({ baseURL }) => {
  const browser = await launchWithCamera();
  try {
    const page = await openCoach(browser, baseURL);
    await page.getByTestId('start-camera').click();
    await waitForFrames(page, 3);
    // What the browser does when the device goes away: the track ends and says so.
    await page.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="video"]')!;
      const track = (video.srcObject as MediaStream).getVideoTracks()[0]!;
      track.stop();
      track.dispatchEvent(new Event('ended'));
    });
    await expectMessage(page, 'camera-unplugged');
    await expect(page.getByTestId('message')).toContainText('Reconnect the camera');
  } finally {
    await browser.close();
  }
});

test('says the model could not be downloaded when the server answers 404', async ({ baseURL }) => {
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({ baseURL });
    await context.route('**/models/**', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    const page = await context.newPage();
    await page.goto('/#coach');
    await expectMessage(page, 'model-load-failed');
    await expect(page.getByTestId('status')).toHaveAttribute('data-model', 'failed');
  } finally {
    await browser.close();
  }
});

test('says the model is damaged when its bytes are corrupt', async ({ baseURL }) => {
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({ baseURL });
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
  } finally {
    await browser.close();
  }
});

test('says the pose engine could not be loaded when the wasm files are missing', async ({
  baseURL,
}) => {
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({ baseURL });
    await context.route('**/mediapipe/wasm/**', (route) => route.fulfill({ status: 404 }));
    const page = await context.newPage();
    await page.goto('/#coach');
    await expectMessage(page, 'wasm-load-failed');
  } finally {
    await browser.close();
  }
});

test('after a failure the camera can be started again', async ({ baseURL }) => {
  const browser = await launchWithCamera();
  try {
    const page = await openCoach(browser, baseURL);
    await waitForModel(page);
    await page.evaluate(() => {
      const real = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      let calls = 0;
      navigator.mediaDevices.getUserMedia = (constraints) =>
        ++calls === 1
          ? Promise.reject(new DOMException('busy', 'NotReadableError'))
          : real(constraints);
    });
    await page.getByTestId('start-camera').click();
    await expectMessage(page, 'camera-in-use');
    await page.getByTestId('start-camera').click();
    await waitForFrames(page, 3);
    await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'running');
    // The camera failure is gone (the fake camera's test pattern may still say nobody is in view).
    await expect(page.locator('[data-testid="message"][data-code="camera-in-use"]')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('switches to another model from the model setting and runs it', async ({ baseURL }) => {
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({ baseURL });
    const models: string[] = [];
    context.on('request', (request) => {
      // The page's own requests: the service worker's fetch of the same file is not a second model.
      if (request.serviceWorker()) return;
      if (request.url().includes('/models/')) models.push(new URL(request.url()).pathname);
    });
    const page = await context.newPage();
    await page.goto('/#coach');
    await waitForModel(page);
    await page.getByTestId('model-select').selectOption({ label: 'MediaPipe Lite' });
    await expect(page.getByTestId('status')).toContainText('pose_landmarker_lite');
    await waitForModel(page);
    await page.getByTestId('start-camera').click();
    await waitForFrames(page, 3);
    expect(models).toEqual([
      '/models/pose_landmarker_full.task',
      '/models/pose_landmarker_lite.task',
    ]);
  } finally {
    await browser.close();
  }
});
