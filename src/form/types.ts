/**
 * The form engine's contract: what a checker sees, what it says about one frame, and what the engine
 * reports per frame and as events. Pure data: no DOM, no Svelte, no worker.
 */
import type { PoseFrame } from '../pose/landmarks';

export type CameraView = 'side' | 'front' | 'oblique';
export type Side = 'left' | 'right';
export type BodyPart =
  | 'head'
  | 'neck'
  | 'shoulders'
  | 'elbows'
  | 'wrists'
  | 'back'
  | 'hips'
  | 'knees'
  | 'ankles'
  | 'arms'
  | 'legs';

/** A 2-D point in an aspect-corrected image space (x and y in the same unit, y pointing down). */
export interface Point {
  x: number;
  y: number;
}

/** One frame as a checker sees it: the chosen person, aspect-corrected, with what is visible. */
export interface BodyFrame {
  timestampMs: number;
  /** 33 points, aspect-corrected so that angles are true angles in the picture. */
  points: Point[];
  /** Visibility 0-1 per landmark. */
  visibility: number[];
  /** World landmarks in metres (x, y, z), for 3-D angles when the view is oblique. */
  world: { x: number; y: number; z: number }[];
  /** Set when the model gave no depth (MoveNet): `world` is then the picture, flat, z 0. */
  depthless?: true;
  /** The estimated camera view of the body and the side nearer the camera. */
  view: CameraView;
  nearSide: Side;
  /** Frame width / height: the picture spans x 0..aspect and y 0..1 in `points`' unit. */
  aspect: number;
}

/** A fault a checker sees in one frame. */
export interface Fault {
  /** Stable id, e.g. 'hips-sagging'; the cue text comes from the exercise's content file. */
  id: string;
  bodyPart: BodyPart;
  /** 0 (barely) to 1 (badly): used to rank faults and to lower the score. */
  severity: number;
}

/** What a checker says about one frame. */
export interface FrameAssessment {
  /** The person is in this exercise's position (for holds: the held position; for reps: anywhere in the movement). */
  inPosition: boolean;
  /** For rep exercises: a scalar whose crossings of the enter/exit thresholds count repetitions. */
  movement?: number;
  /** For exercises done per side: which side this frame's movement belongs to. */
  side?: Side;
  /** Faults seen in this frame, only meaningful while inPosition. */
  faults: Fault[];
  /**
   * For held positions: the measure the checker judges the position by (the hip angle of a child's
   * pose, the body line of a plank), whenever it can be read, in position or not. The engine times
   * the hold from when this has settled until it starts to change again (timing/settled-hold.ts).
   * A rep checker may give one too, when its movement signal is not what to settle by.
   */
  settleKey?: readonly number[];
}

export type Phase = 'not-ready' | 'getting-into-position' | 'holding' | 'moving' | 'resting';

export interface ActiveFault extends Fault {
  cue: string;
}

/** Guidance the engine gives instead of judging what it cannot see. */
export type Guidance =
  | 'come-into-frame'
  | 'move-back'
  | 'turn-side-on'
  | 'face-the-camera'
  | 'one-person-only'
  /** Nobody found, where the person was last seen too small to track: too far away. */
  | 'come-closer'
  /** Too dark or backlit for steady tracking. */
  | 'more-light'
  /** Seen clearly but not in the exercise's position (e.g. talking before starting). */
  | 'not-in-position';

export type EngineEvent =
  | { type: 'hold-started'; atMs: number }
  | { type: 'hold-paused'; atMs: number; holdSeconds: number }
  | { type: 'hold-ended'; atMs: number; holdSeconds: number }
  | {
      type: 'rep-completed';
      atMs: number;
      rep: number;
      side?: Side;
      score: number;
      durationMs: number;
      worstFault?: string;
    }
  | { type: 'cue'; atMs: number; faultId: string; text: string }
  | { type: 'good'; atMs: number; text: string }
  | { type: 'guidance'; atMs: number; guidance: Guidance; text: string };

/** What the engine reports after each frame. */
export interface EngineState {
  timestampMs: number;
  /** 0-100, null while there is nothing to judge. */
  score: number | null;
  faults: ActiveFault[];
  phase: Phase;
  guidance: Guidance | null;
  holdSeconds: number;
  /**
   * The media time up to which holdSeconds is counted: a moment behind timestampMs, because a
   * hold's edges are known once the movement into or out of it has shown.
   */
  holdClockAtMs?: number;
  reps: number;
  repsBySide: Record<Side, number>;
  events: EngineEvent[];
}

export type { PoseFrame };

/** One completed repetition, as the summary keeps it. */
export interface RepRecord {
  rep: number;
  side?: Side;
  startedAtMs: number;
  durationMs: number;
  score: number;
  worstFault?: string;
}

/** What the engine saw over a whole set (or since the last reset). */
export interface EngineSummary {
  exerciseId: string;
  holdSeconds: number;
  reps: number;
  repsBySide: Record<Side, number>;
  repRecords: RepRecord[];
  /** Time-weighted form score over the time in position; null when never in position. */
  score: number | null;
  /** Seconds each fault was active while in position. */
  faultSeconds: Record<string, number>;
  secondsInPosition: number;
  /** Two-ended movements (cat-cow): seconds at the high and at the low end. */
  endSeconds: { high: number; low: number };
}
