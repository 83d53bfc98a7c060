import { expect, test } from '@playwright/test';
import { waitForFrames, waitForModel } from './coach-page';

// The lane's browser, its fake camera playing the test pattern, in a context of the test's own.
test('no request leaves the origin while the camera runs through the model; a model chosen in the setting replaces it and runs', async ({
  baseURL,
  context,
}) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  const models: string[] = [];
  // The context sees requests from the page and from its workers.
  context.on('request', (request) => {
    requested.push(request.url());
    // The page's own requests: the service worker's fetch of the same file is not a second model.
    if (!request.serviceWorker() && request.url().includes('/models/'))
      models.push(new URL(request.url()).pathname);
  });
  const page = await context.newPage();
  page.on('request', (request) => requested.push(request.url()));
  page.on('websocket', (socket) => requested.push(socket.url()));
  await page.goto('/#coach');
  await page.getByTestId('start-camera').click();
  await waitForFrames(page, 5);
  // Closing a landmarker makes tasks-vision flush its usage log (to a Google host); switching
  // the model closes the first one (and stops the camera).
  await page.getByTestId('model-select').selectOption({ label: 'MediaPipe Lite' });
  await expect(page.getByTestId('status')).toContainText('pose_landmarker_lite');
  await waitForModel(page);
  await page.getByTestId('start-camera').click();
  await waitForFrames(page, 3);
  await page.waitForTimeout(2000);

  const network = requested.filter((url) => /^(https?|wss?):/.test(url));
  const elsewhere = network.filter((url) => new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  // The models and the engine were fetched, and from this origin: the chosen model only once.
  expect(models).toEqual([
    '/models/pose_landmarker_full.task',
    '/models/pose_landmarker_lite.task',
  ]);
  expect(network.some((url) => url.includes('/mediapipe/wasm/'))).toBe(true);
});
