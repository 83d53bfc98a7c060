/**
 * No silent zeros: a person framed from the waist up doing shoulder circles, the hips guessed into
 * the picture on some frames and cut off on others. "Move back" comes and goes (runs of 0.4-1.5 s)
 * and, before guidance-majority.ts, was never said: nothing was counted and nothing explained.
 */
import { describe, expect, it } from 'vitest';
import { hasClipFixture, runClip } from './helpers/fixtures';

const CLIP = 'shoulder-circles-park';

describe.skipIf(!hasClipFixture(CLIP))(`${CLIP} (recorded, waist-up framing)`, () => {
  it('says "move back" within a few seconds, though the reason flickers', () => {
    const { states } = runClip(CLIP, 'shoulder-circles');
    const said = states.flatMap((s) => s.events).filter((e) => e.type === 'guidance');
    expect(said.map((e) => e.guidance)).toContain('move-back');
    expect(said.find((e) => e.guidance === 'move-back')!.atMs).toBeLessThan(5000);
  });
});
