import { describe, expect, it } from 'vitest';
import { LANDMARK as L, LANDMARK_COUNT, type Pose } from '../../../../src/pose/landmarks';
import { planSkeleton } from '../../../../src/ui/coach/fault-skeleton';
import { boneKey, WORKOUT_BONES } from '../../../../src/workout/body-part-landmarks';

function pose(visibility: (index: number) => number): Pose {
  const landmarks = Array.from({ length: LANDMARK_COUNT }, (_, i) => ({
    x: i / LANDMARK_COUNT,
    y: 0.25 + (i % 3) / 10,
    z: 0,
    visibility: visibility(i),
  }));
  return { landmarks, worldLandmarks: landmarks };
}

const styleOf = (plan: ReturnType<typeof planSkeleton>, a: number, b: number) =>
  plan.bones.find((bone) => bone.key === boneKey(a, b))?.style;

describe('the fault-aware skeleton', () => {
  it('draws every bone calm when nothing is at fault, in pixels of the picture', () => {
    const plan = planSkeleton(
      pose(() => 0.9),
      640,
      480,
      [],
    );
    expect(plan.bones).toHaveLength(WORKOUT_BONES.length);
    expect(plan.bones.every((bone) => bone.style === 'calm')).toBe(true);
    const hip = plan.joints.find((joint) => joint.index === L.leftHip)!;
    expect(hip.x).toBeCloseTo((L.leftHip / LANDMARK_COUNT) * 640);
  });

  it('draws the bones and joints of a faulty part in the warning style, the rest calm', () => {
    const plan = planSkeleton(
      pose(() => 0.9),
      640,
      480,
      ['hips'],
    );
    expect(styleOf(plan, L.leftShoulder, L.leftHip)).toBe('fault');
    expect(styleOf(plan, L.leftHip, L.leftKnee)).toBe('fault');
    expect(styleOf(plan, L.leftKnee, L.leftAnkle)).toBe('calm');
    expect(styleOf(plan, L.leftShoulder, L.leftElbow)).toBe('calm');
    expect(plan.joints.find((j) => j.index === L.rightHip)?.style).toBe('fault');
    expect(plan.joints.find((j) => j.index === L.rightKnee)?.style).toBe('calm');
    // A dropped head: the neck line, drawn although the pipeline's bone list has none.
    const head = planSkeleton(
      pose(() => 0.9),
      640,
      480,
      ['head'],
    );
    expect(styleOf(head, L.leftEar, L.leftShoulder)).toBe('fault');
  });

  it('draws what the engine cannot see faint, and a mere guess not at all', () => {
    const farSide = new Set<number>([L.rightHip, L.rightKnee]);
    const offPicture = new Set<number>([L.rightAnkle]);
    const plan = planSkeleton(
      pose((i) => (offPicture.has(i) ? 0.05 : farSide.has(i) ? 0.3 : 0.9)),
      640,
      480,
      ['hips'],
    );
    // At fault, but unseen: faint, not a warning the engine could not have judged there.
    expect(styleOf(plan, L.rightHip, L.rightKnee)).toBe('faint');
    expect(styleOf(plan, L.leftHip, L.leftKnee)).toBe('fault');
    expect(styleOf(plan, L.rightKnee, L.rightAnkle)).toBeUndefined();
    expect(plan.joints.some((joint) => joint.index === L.rightAnkle)).toBe(false);
    expect(plan.joints.find((joint) => joint.index === L.rightKnee)?.style).toBe('faint');
  });
});
