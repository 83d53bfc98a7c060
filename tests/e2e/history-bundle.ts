/**
 * A history file made in the test, without footage: one glute-bridge workout of 3 reps with a
 * landmark track (a stick figure whose hips rise and fall) and a fault during rep 2.
 */
import type { Pose } from '../../src/pose/landmarks';
import type { HistoryBundle } from '../../src/history/history-transfer';
import { historyJson } from '../../src/history/history-transfer';
import { packTrack, type TrackFrame } from '../../src/history/track-codec';

export const BUNDLE_WORKOUT = 'e2e-bridge-workout';

function bridgePose(t: number): Pose {
  const lift = Math.max(0, Math.sin((t / 2000) * Math.PI)) * 0.15;
  const landmarks = Array.from({ length: 33 }, (_, i) => ({
    x: 0.2 + (i % 11) * 0.05,
    y: 0.7 - (i >= 23 && i <= 24 ? lift : 0) - (i % 3) * 0.02,
    z: 0,
    visibility: 0.95,
  }));
  return { landmarks, worldLandmarks: [] };
}

export function bridgeHistoryFile(): string {
  const setId = `${BUNDLE_WORKOUT}/0`;
  const frames: TrackFrame[] = [];
  for (let t = 0; t <= 6000; t += 1000 / 15) {
    frames.push({ t, pose: bridgePose(t), score: t > 2000 && t < 4000 ? 55 : 90 });
  }
  const bundle: HistoryBundle = {
    workouts: [
      {
        id: BUNDLE_WORKOUT,
        startedAt: '2026-11-30T08:00:00.000Z',
        endedAt: '2026-11-30T08:06:00.000Z',
        routine: { id: 'morning-back', name: 'Morning back routine' },
        ending: 'finished',
      },
    ],
    sets: [
      {
        id: setId,
        workoutId: BUNDLE_WORKOUT,
        seq: 0,
        exerciseId: 'glute-bridge',
        name: 'Glute bridge',
        setNumber: 1,
        setsPrescribed: 1,
        target: { kind: 'reps', reps: 3, perSide: false },
        startedAt: '2026-11-30T08:00:10.000Z',
        durationMs: 6000,
        holdSeconds: 0,
        reps: 3,
        repsBySide: { left: 0, right: 0 },
        score: 78,
        secondsInPosition: 6,
        faults: [
          {
            id: 'hips-low',
            cue: 'Lift your hips a little higher',
            bodyPart: 'hips',
            seconds: 2,
            spans: [[2000, 4000]],
          },
        ],
      },
    ],
    reps: [1, 2, 3].map((n) => ({
      id: `${setId}/${n}`,
      setId,
      workoutId: BUNDLE_WORKOUT,
      n,
      startMs: (n - 1) * 2000,
      durationMs: 2000,
      score: n === 2 ? 55 : 90,
      ...(n === 2 ? { worstFault: 'hips-low' } : {}),
    })),
    tracks: [
      packTrack(frames, { setId, seq: 0, workoutId: BUNDLE_WORKOUT, width: 640, height: 480 }),
    ],
  };
  return historyJson(bundle, new Date('2026-11-30T09:00:00.000Z'));
}
