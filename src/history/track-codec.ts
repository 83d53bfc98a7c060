import type { Pose, PoseFrame } from '../pose/landmarks';
import { NO_SCORE, TRACK_POINTS, TRACK_SCALE, type TrackChunk } from './history-records';

/** One frame of a track, as it is collected before it is packed into typed arrays. */
export interface TrackFrame {
  /** ms from the set's start. */
  t: number;
  pose: Pose;
  score: number | null;
}

const clampInt16 = (n: number) => Math.max(-32768, Math.min(32767, Math.round(n)));

/** Packs collected frames into a chunk: about 170 bytes a frame, no image. */
export function packTrack(
  frames: readonly TrackFrame[],
  where: { setId: string; seq: number; workoutId: string; width: number; height: number },
): TrackChunk {
  const n = frames.length;
  const times = new Uint32Array(n);
  const points = new Int16Array(n * TRACK_POINTS * 2);
  const visibility = new Uint8Array(n * TRACK_POINTS);
  const scores = new Uint8Array(n);
  frames.forEach((frame, i) => {
    times[i] = Math.max(0, Math.round(frame.t));
    scores[i] = frame.score === null ? NO_SCORE : Math.round(frame.score);
    for (let p = 0; p < TRACK_POINTS; p++) {
      const mark = frame.pose.landmarks[p];
      const k = i * TRACK_POINTS + p;
      points[k * 2] = clampInt16((mark?.x ?? 0) * TRACK_SCALE);
      points[k * 2 + 1] = clampInt16((mark?.y ?? 0) * TRACK_SCALE);
      visibility[k] = Math.round(Math.max(0, Math.min(1, mark?.visibility ?? 0)) * 255);
    }
  });
  return { ...where, times, points, visibility, scores };
}

/** A track read back: one pose frame per stored frame, in order, with its score. */
export interface ReplayFrame {
  t: number;
  score: number | null;
  frame: PoseFrame;
}

export function unpackTrack(chunks: readonly TrackChunk[]): ReplayFrame[] {
  const ordered = [...chunks].sort((a, b) => a.seq - b.seq);
  const out: ReplayFrame[] = [];
  for (const chunk of ordered) {
    for (let i = 0; i < chunk.times.length; i++) {
      const landmarks = [];
      for (let p = 0; p < TRACK_POINTS; p++) {
        const k = i * TRACK_POINTS + p;
        landmarks.push({
          x: (chunk.points[k * 2] ?? 0) / TRACK_SCALE,
          y: (chunk.points[k * 2 + 1] ?? 0) / TRACK_SCALE,
          z: 0,
          visibility: (chunk.visibility[k] ?? 0) / 255,
        });
      }
      const score = chunk.scores[i] ?? NO_SCORE;
      const t = chunk.times[i] ?? 0;
      out.push({
        t,
        score: score === NO_SCORE ? null : score,
        frame: {
          timestampMs: t,
          width: chunk.width,
          height: chunk.height,
          poses: [{ landmarks, worldLandmarks: [] }],
        },
      });
    }
  }
  return out;
}

/** Just the times and scores of a track: what a chart needs, without building any pose. */
export function trackScores(chunks: readonly TrackChunk[]): { t: number; score: number | null }[] {
  const out: { t: number; score: number | null }[] = [];
  for (const chunk of [...chunks].sort((a, b) => a.seq - b.seq)) {
    chunk.times.forEach((t, i) => {
      const score = chunk.scores[i] ?? NO_SCORE;
      out.push({ t, score: score === NO_SCORE ? null : score });
    });
  }
  return out;
}

/** Bytes a chunk takes in its typed arrays. */
export function chunkBytes(chunk: TrackChunk): number {
  return (
    chunk.times.byteLength +
    chunk.points.byteLength +
    chunk.visibility.byteLength +
    chunk.scores.byteLength
  );
}
