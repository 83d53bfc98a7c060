import { describe, expect, it } from 'vitest';
import { exerciseById, exercises, catalogueErrors } from '../../../src/content/catalogue';
import { checkCatalogueOnDisk } from '../../../src/content/vite-plugin';

/** The programme's exercises by category, as the issue lists them: the catalogue must hold all. */
const PROGRAMME: Record<string, string[]> = {
  'warm-up': [
    'standing-breathing',
    'head-circles',
    'shoulder-raises',
    'shoulder-circles',
    'arm-swings',
    'arm-circles',
    'hip-rotations',
    'forward-bend',
    'standing-side-bend',
    'knee-raise-leg-circles',
    'running-on-the-spot',
  ],
  'lower-back': [
    'hanging-knee-raise-hold',
    'hanging-pelvis-turns',
    'glute-bridge',
    'standing-hip-circles',
  ],
  neck: [
    'neck-press-back',
    'neck-press-forward',
    'neck-turns',
    'chin-tuck-turns',
    'prone-head-lift',
  ],
  'spine-stretching': ['bar-hang', 'cat-cow', 'childs-pose', 'seated-forward-fold'],
  straightening: [
    'superman',
    'reverse-table',
    'knees-to-chest',
    'plank',
    'side-plank',
    'standing-hinge',
    'cobra',
    'bridge-hold',
  ],
  strengthening: [
    'prone-alternating-lift',
    'bird-dog',
    'pike-push-up',
    'reverse-fly',
    'back-extension-ball',
  ],
};

/** Exercises the footage covers beyond the programme's list. */
const FOOTAGE_EXTRAS = [
  'high-plank',
  'downward-dog',
  'seated-cat-cow',
  'seated-side-bend',
  'neck-tilts',
  'thread-the-needle',
  'pelvic-tilt',
];

describe('the catalogue on disk', () => {
  it('has no problems', () => {
    expect(checkCatalogueOnDisk(process.cwd())).toEqual([]);
    expect(catalogueErrors).toEqual([]);
  });

  for (const [category, ids] of Object.entries(PROGRAMME)) {
    it(`holds every ${category} exercise of the programme in that category`, () => {
      for (const id of ids) expect(exerciseById(id)?.category, id).toBe(category);
    });
  }

  it('holds the extra exercises the footage covers', () => {
    for (const id of FOOTAGE_EXTRAS) expect(exerciseById(id), id).toBeDefined();
  });

  it('offers the easier skydiver variant the programme names', () => {
    expect(exerciseById('superman')?.variants.easier).toBe('prone-alternating-lift');
  });

  it('recommends 5 repetitions where the programme gives no dose and reps make sense', () => {
    const defaults = exercises.filter((e) => !e.dose.fromProgramme && e.dose.reps !== undefined);
    expect(defaults.length).toBeGreaterThan(10);
    for (const e of defaults) expect(e.dose.reps, e.id).toBe(5);
  });

  it('writes breathing and steps for every exercise', () => {
    for (const e of exercises) {
      expect(e.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.breathing, e.id).toMatch(/breathe/i);
    }
  });

  it('gives a cue for every fault of the side view when the camera must be side-on', () => {
    for (const e of exercises.filter((x) => x.camera.view === 'side')) {
      expect(e.cues['turn-side-on'], e.id).toBeTruthy();
    }
  });
});
