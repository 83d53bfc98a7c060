import { describe, expect, it } from 'vitest';
import { createRememberedFloor } from '../../../../src/form/body/remembered-floor';
import { buildBodyFrame } from '../../../../src/form/body/body-frame';
import { LANDMARK } from '../../../../src/pose/landmarks';
import { standingSide } from '../helpers/figures';
import { sideViewFrame } from '../helpers/synthetic-pose';

const body = buildBodyFrame(sideViewFrame(standingSide))!;
const centre = body.points[LANDMARK.leftHip]!;
/** The body's shoulder-to-ankle slope after levelling, degrees (image y down). */
const slope = (b: typeof body) => {
  const [s, a] = [b.points[LANDMARK.leftShoulder]!, b.points[LANDMARK.leftAnkle]!];
  return (Math.atan2(a.x - s.x, a.y - s.y) * 180) / Math.PI;
};

describe('remembered floor', () => {
  it('leaves the body as seen until the floor is read', () => {
    const floor = createRememberedFloor(3);
    floor.see(null);
    expect(floor.level(body, centre)).toBe(body);
  });

  it('turns by the median of the last readings, outvoting one that is off', () => {
    const floor = createRememberedFloor(3);
    for (const tilt of [40, 10, 10, 30]) floor.see(tilt);
    // Last three: 10, 10, 30: the median 10, turned back by it.
    expect(slope(floor.level(body, centre)) - slope(body)).toBeCloseTo(10, 5);
  });
});
