import { expect, test } from '@playwright/test';
import { launchWithCamera, waitForFrames, waitForModel } from './coach-page';

test('no request leaves the origin while the camera runs through the model', async ({
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const browser = await launchWithCamera();
  try {
    const context = await browser.newContext({ baseURL });
    const requested: string[] = [];
    // The context sees requests from the page and from its workers.
    context.on('request', (request) => requested.push(request.url()));
    const page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    page.on('websocket', (socket) => requested.push(socket.url()));
    await page.goto('/#coach');
    await page.getByTestId('start-camera').click();
    await waitForFrames(page, 5);
    // Closing a landmarker makes tasks-vision flush its usage log (to a Google host); switching
    // the model closes the first one.
    await page.getByTestId('model-select').selectOption({ label: 'MediaPipe Lite' });
    await waitForModel(page);
    await page.waitForTimeout(2000);

    const network = requested.filter((url) => /^(https?|wss?):/.test(url));
    const elsewhere = network.filter((url) => new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    // The model and the engine were fetched, and from this origin.
    expect(network.some((url) => url.includes('/models/pose_landmarker_full.task'))).toBe(true);
    expect(network.some((url) => url.includes('/mediapipe/wasm/'))).toBe(true);
  } finally {
    await browser.close();
  }
});
