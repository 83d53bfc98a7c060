import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../src/content/catalogue';
import {
  demoPose,
  loopDurationMs,
  type DemoFile,
  type DemoLoop,
} from '../../../src/content/demos/demo-loop';
import { loadStillFixtures } from '../../fixtures/load-fixture';

const file = JSON.parse(readFileSync('src/content/demos/demos.json', 'utf8')) as DemoFile;

/**
 * The exercises whose card shows no animation, and why: no loop is drawn by hand, so an exercise
 * without a usable recording has none (the card says "No demonstration recorded ... yet").
 */
const NO_FOOTAGE = 'no footage fixture of it in tests/fixtures/landmarks';
const WITHOUT_DEMO: Record<string, string> = {
  'arm-swings': NO_FOOTAGE,
  'back-extension-ball': NO_FOOTAGE,
  'bar-hang': NO_FOOTAGE,
  'chin-tuck-turns': NO_FOOTAGE,
  'hanging-pelvis-turns': NO_FOOTAGE,
  'hip-rotations': NO_FOOTAGE,
  'knee-raise-leg-circles': NO_FOOTAGE,
  'neck-press-back': NO_FOOTAGE,
  'neck-press-forward': NO_FOOTAGE,
  'pelvic-tilt':
    'its one clip is labelled neither with timings nor a rep count (too small to time)',
  'prone-head-lift': NO_FOOTAGE,
  'seated-forward-fold': NO_FOOTAGE,
  superman:
    'its one clip (superman-tutorial) shows alternating arm and leg lifts: it demonstrates those',
  'shoulder-raises': NO_FOOTAGE,
  'standing-breathing': NO_FOOTAGE,
  'standing-hinge': NO_FOOTAGE,
  'standing-side-bend': NO_FOOTAGE,
};

describe('the committed demonstration loops', () => {
  const loops = Object.entries(file.loops);
  it('cover every exercise of the catalogue but the ones listed with their reason', () => {
    const ids = readdirSync('content/exercises').map((name) => name.replace(/\.json$/, ''));
    const without = ids.filter((id) => !file.loops[id]).sort();
    expect(without).toEqual(Object.keys(WITHOUT_DEMO).sort());
    for (const [id] of loops) expect(exerciseById(id), id).toBeDefined();
  });
  it('are cut from a landmark fixture that exists (landmarks only, never media)', () => {
    const stills = new Set(loadStillFixtures().map((still) => still.file));
    for (const [id, loop] of loops) {
      if (loop.clip.startsWith('stills/')) {
        expect(stills.has(loop.clip), id).toBe(true);
        continue;
      }
      expect(existsSync(`tests/fixtures/landmarks/${loop.clip}.json.gz`), id).toBe(true);
      expect(loop.clip, id).toMatch(/^[a-z0-9-]+$/);
    }
  });
  it('show a hold without a clip in its position, from a labelled still', () => {
    const dog = file.loops['downward-dog']!;
    expect(dog.clip).toMatch(/^stills\/downward-dog\//);
    const y = (index: number) => dog.frames[0]![dog.landmarks.indexOf(index) * 2 + 1]!;
    // Hips up, the highest point; hands and heels down on the floor, below the shoulders.
    expect(y(23)).toBeLessThan(y(11));
    expect(y(15)).toBeGreaterThan(y(11));
    expect(y(27)).toBeGreaterThan(y(23));
  });
  it('are short loops of skeletons inside their box', () => {
    for (const [id, loop] of loops) {
      expect(loopDurationMs(loop), id).toBeLessThanOrEqual(6500);
      expect(loop.frames.length, id).toBeGreaterThanOrEqual(5);
      for (const frame of loop.frames) {
        expect(frame.length).toBe(loop.landmarks.length * 2);
        for (const v of frame) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
        for (const v of frame) if (v !== null) expect(v).toBeLessThanOrEqual(1000);
      }
      // Joints are seen in every frame: a loop of nothing would show an empty card (a webcam's
      // head and shoulders are about a third of the skeleton).
      for (const frame of loop.frames) {
        expect(frame.filter((v) => v !== null).length, id).toBeGreaterThanOrEqual(10);
      }
    }
  });
  it('move: a repetition’s joints travel', () => {
    const bridge = file.loops['glute-bridge']!;
    const hipYs = bridge.frames.map((f) => f[bridge.landmarks.indexOf(23) * 2 + 1] ?? null);
    const ys = hipYs.filter((v): v is number => v !== null);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(50);
  });
});

describe('playing a loop', () => {
  const loop: DemoLoop = {
    clip: 'made-up',
    fps: 2,
    width: 1,
    height: 1,
    landmarks: [11, 23],
    frames: [
      [0, 0, 100, 100],
      [1000, 500, null, null],
    ],
  };
  it('interpolates between frames and wraps round', () => {
    expect(demoPose(loop, 250).get(11)).toEqual({ index: 11, x: 0.5, y: 0.25 });
    expect(demoPose(loop, 1000 + 250).get(11)).toEqual({ index: 11, x: 0.5, y: 0.25 });
    // Past the last frame it blends back into the first.
    expect(demoPose(loop, 750).get(11)).toEqual({ index: 11, x: 0.5, y: 0.25 });
  });
  it('leaves out a joint missing at either end', () => {
    expect(demoPose(loop, 250).has(23)).toBe(false);
    expect(demoPose(loop, 0).has(23)).toBe(false);
  });
});
