import { describe, expect, it } from 'vitest';
import {
  canMake,
  framingNotChecked,
  modelLimits,
  unavailableChecks,
} from '../../../src/pose/model-limits';
import { CHECKERS } from '../../../src/form/checkers/registry';

const turns = [
  {
    needs: 'depth' as const,
    check: 'shoulders turning with the head',
    faultId: 'shoulders-turning',
  },
];

describe('model limits', () => {
  it('MoveNet lacks depth and the feet and sees one person; MediaPipe lacks nothing', () => {
    expect(modelLimits('movenet-lightning')).toEqual({
      label: 'MoveNet Lightning',
      lacks: ['depth', 'feet'],
      singlePerson: true,
    });
    expect(modelLimits('movenet-thunder').label).toBe('MoveNet Thunder');
    expect(modelLimits('pose_landmarker_full')).toMatchObject({ lacks: [], singlePerson: false });
  });

  it('lists what MoveNet cannot judge, the second-person warning included', () => {
    expect(unavailableChecks(turns, modelLimits('movenet-lightning'))).toEqual([
      'shoulders turning with the head (needs depth)',
      'the warning when a second person is in the picture',
    ]);
    expect(unavailableChecks(undefined, modelLimits('movenet-thunder'))).toEqual([
      'the warning when a second person is in the picture',
    ]);
    expect(unavailableChecks(turns, modelLimits('pose_landmarker_lite'))).toEqual([]);
  });

  it('the set-up guide says it cannot check for a second person with MoveNet only', () => {
    expect(framingNotChecked(modelLimits('movenet-lightning'))).toBe(
      'Not checked with MoveNet Lightning: one person only in the picture (it sees one person)',
    );
    expect(framingNotChecked(modelLimits('pose_landmarker_full'))).toBeUndefined();
  });

  it('every declared check names a fault of its checker, or the count', () => {
    const declared = CHECKERS.flatMap((c) => (c.modelNeeds ?? []).map((need) => ({ c, need })));
    // Neck turns, both side bends, the hanging pelvis turns, the world-plane circles, knees to chest.
    expect(declared.length).toBeGreaterThanOrEqual(8);
    for (const { c, need } of declared) {
      if (need.faultId) expect(c.faults.map((f) => f.id)).toContain(need.faultId);
      expect(canMake(need, modelLimits('pose_landmarker_full'))).toBe(true);
    }
  });
});
