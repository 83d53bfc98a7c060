import { describe, expect, it } from 'vitest';
import { withinModel } from '../../../src/form/model-needs';
import type { BodyFrame, FrameAssessment } from '../../../src/form/types';

const body = { timestampMs: 0 } as BodyFrame;
const depthless = { ...body, depthless: true } as BodyFrame;
const turned: FrameAssessment = {
  inPosition: true,
  movement: 40,
  faults: [
    { id: 'shoulders-turning', bodyPart: 'shoulders', severity: 0.6 },
    { id: 'turn-too-small', bodyPart: 'head', severity: 0.3 },
  ],
};

describe('withinModel', () => {
  const turns = withinModel({
    modelNeeds: [
      { needs: 'depth', check: 'shoulders turning with the head', faultId: 'shoulders-turning' },
    ],
  });
  const pelvis = withinModel({ modelNeeds: [{ needs: 'depth', check: 'counting pelvis turns' }] });

  it('leaves frames with depth alone', () => {
    expect(turns(turned, body)).toBe(turned);
    expect(pelvis(turned, body)).toBe(turned);
  });

  it('does not raise a fault that needs depth from a frame without it, and keeps the others', () => {
    expect(turns(turned, depthless)).toEqual({
      ...turned,
      faults: [{ id: 'turn-too-small', bodyPart: 'head', severity: 0.3 }],
    });
  });

  it('counts nothing when the count itself needs depth', () => {
    expect(pelvis(turned, depthless)).toEqual({ inPosition: false, faults: [] });
  });

  it('a checker that needs only the feet is left to its own visibility checks', () => {
    const feet = withinModel({ modelNeeds: [{ needs: 'feet', check: 'timing the hold' }] });
    expect(feet(turned, depthless)).toBe(turned);
  });
});
