/**
 * No silent zeros: a person framed from the waist up (shoulder-circles-park), the hips guessed into
 * the picture on some frames and cut off on others. For an exercise that needs the hips (shoulder
 * raises), "move back" comes and goes in runs of 0.4-1.5 s; without guidance-majority.ts it was
 * never said, and nothing was counted or explained.
 */
import { describe, expect, it } from 'vitest';
import {
  createFormEngine,
  DEFAULT_ENGINE_OPTIONS,
  type EngineOptions,
} from '../../../src/form/engine';
import { exerciseSpec } from './helpers/content';
import { clipFrames, hasClipFixture } from './helpers/fixtures';

const CLIP = 'shoulder-circles-park';

describe.skipIf(!hasClipFixture(CLIP))(`${CLIP} (recorded, waist-up framing)`, () => {
  const guidanceSaid = (options: EngineOptions) => {
    const engine = createFormEngine(exerciseSpec('shoulder-raises'), options);
    return clipFrames(CLIP)
      .flatMap((frame) => engine.update(frame).events)
      .filter((e) => e.type === 'guidance');
  };

  it('says "move back" within a few seconds, though the reason flickers', () => {
    const said = guidanceSaid(DEFAULT_ENGINE_OPTIONS);
    expect(said.find((e) => e.guidance === 'move-back')?.atMs).toBeLessThan(5000);
  });

  it('said nothing with the reason taken only while it lasts (the majority switched off)', () => {
    const said = guidanceSaid({ ...DEFAULT_ENGINE_OPTIONS, guidanceMajorityMs: Infinity });
    expect(said).toEqual([]);
  });
});
