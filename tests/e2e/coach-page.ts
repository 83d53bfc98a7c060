/** Driving the Coach page in a browser of its own (fake camera flags are per browser). */
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

/**
 * The model the tests run unless they pick another: MediaPipe's full model, fixed so that a test's
 * result does not depend on what the automatic setting measures on a busy machine (the automatic
 * setting and the other models have tests of their own, in pose-backends.spec.ts).
 */
export const TEST_MODEL = 'models/pose_landmarker_full.task';
export const MODEL_SETTING_KEY = 'spine-coach:pose-model';

/**
 * Sets the model setting when the page first loads (a reload keeps what the test chose since: the
 * tab's sessionStorage remembers that it was set).
 */
export async function pinModel(page: Page, model: string): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('model-pinned')) return;
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('model-pinned', '1');
    },
    [MODEL_SETTING_KEY, model],
  );
}

/**
 * A browser whose fake camera plays the given file in a loop. Every page opened with
 * `browser.newPage` starts with `model` as its model setting. (The camera's own test pattern needs
 * no browser of its own: the config gives it to each lane's browser, the `page` fixture's.)
 */
export async function launchWithCamera(
  fakeCameraFile: string,
  model: string = TEST_MODEL,
): Promise<Browser> {
  const browser = await chromium.launch(chromiumLaunchOptions(fakeCameraFile));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (pageOptions) => {
    const page = await newPage(pageOptions);
    await pinModel(page, model);
    return page;
  };
  return browser;
}

/** Opens the Coach page in `page` (a new page of a camera browser, or the test's own page). */
export async function openCoach(page: Page): Promise<Page> {
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.goto('/#coach');
  return page;
}

export async function waitForModel(page: Page): Promise<void> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-model', 'ready', {
    timeout: 60_000,
  });
}

export interface SkeletonCounts {
  processed: number;
  detected: number;
  dropped: number;
}

export async function skeletonCounts(page: Page): Promise<SkeletonCounts> {
  const skeleton = page.getByTestId('skeleton');
  const read = async (name: string) => Number(await skeleton.getAttribute(name));
  return {
    processed: await read('data-processed-frames'),
    detected: await read('data-detected-frames'),
    dropped: await read('data-dropped-frames'),
  };
}

/** Waits until at least `frames` frames were analysed and returns the counts then. */
export async function waitForFrames(page: Page, frames: number): Promise<SkeletonCounts> {
  await expect
    .poll(async () => (await skeletonCounts(page)).processed, { timeout: 90_000 })
    .toBeGreaterThanOrEqual(frames);
  return skeletonCounts(page);
}

export interface PipelineNumbers {
  delegate: string;
  modelLoadMs: number;
  inferenceMs: number;
  fps: number;
}

export async function pipelineNumbers(page: Page): Promise<PipelineNumbers> {
  const status = page.getByTestId('status');
  return {
    delegate: (await status.getAttribute('data-delegate')) ?? '',
    modelLoadMs: Number(await status.getAttribute('data-model-load-ms')),
    inferenceMs: Number(await status.getAttribute('data-inference-ms')),
    fps: Number(await status.getAttribute('data-fps')),
  };
}

export async function expectMessage(page: Page, code: string): Promise<void> {
  const message = page.getByTestId('message');
  await expect(message).toHaveAttribute('data-code', code, { timeout: 60_000 });
  await expect(message).toBeVisible();
}
