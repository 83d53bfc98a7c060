/**
 * The page's pose workers by role: the one running (answering frames) and, once tracking with a
 * MediaPipe model ran steady, the standby that a restart takes over (pose-worker-host.ts). Each
 * worker says its role itself (the memory figure the soak samples). A worker still loading its
 * model says 'starting': a standby being made 10 s into tracking is one for up to 1.6 s, and is
 * not a second running worker.
 */
import type { Page, Worker } from '@playwright/test';
import type { PoseWorkerMemory } from '../../src/pose/pose.worker';

export function poseWorkerMemory(worker: Worker): Promise<PoseWorkerMemory> {
  return worker.evaluate(() =>
    (self as unknown as { spineCoachMemory: () => Promise<PoseWorkerMemory> }).spineCoachMemory(),
  );
}

export async function poseWorkers(page: Page): Promise<{
  running: Worker[];
  standby: Worker[];
  starting: Worker[];
  memory: Map<Worker, PoseWorkerMemory>;
}> {
  const byRole: Record<PoseWorkerMemory['role'], Worker[]> = {
    running: [],
    standby: [],
    starting: [],
  };
  const memory = new Map<Worker, PoseWorkerMemory>();
  for (const worker of page.workers()) {
    // A worker ended between the listing and the question (a restart) is no longer either.
    const answer = await poseWorkerMemory(worker).catch(() => undefined);
    if (!answer) continue;
    memory.set(worker, answer);
    byRole[answer.role].push(worker);
  }
  return { ...byRole, memory };
}
