import { describe, expect, it } from 'vitest';
import { floorTiltDeg, rotatedAbout } from '../../../../src/form/geometry/floor-tilt';

describe('floor tilt', () => {
  it('reads the slope of a line on the floor whichever way it runs, clockwise positive', () => {
    const elbow = { x: 0.3, y: 0.7 };
    const toesDown = { x: 0.8, y: 0.7 + 0.5 * Math.tan((5 * Math.PI) / 180) };
    expect(floorTiltDeg(elbow, toesDown, 15)).toBeCloseTo(5);
    // The same floor, the body lying the other way: the same tilt.
    expect(floorTiltDeg(toesDown, elbow, 15)).toBeCloseTo(5);
    expect(floorTiltDeg(elbow, { x: 0.8, y: 0.7 }, 15)).toBeCloseTo(0);
  });

  it('is no floor when the two points are far from level (standing, kneeling)', () => {
    expect(floorTiltDeg({ x: 0.5, y: 0.5 }, { x: 0.55, y: 0.9 }, 20)).toBeNull();
  });

  it('turns a point about a centre, clockwise on screen for positive degrees', () => {
    const p = rotatedAbout({ x: 1, y: 0 }, { x: 0, y: 0 }, 90);
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeCloseTo(1);
    const back = rotatedAbout(
      rotatedAbout({ x: 0.3, y: 0.4 }, { x: 0.5, y: 0.5 }, 12),
      { x: 0.5, y: 0.5 },
      -12,
    );
    expect(back.x).toBeCloseTo(0.3);
    expect(back.y).toBeCloseTo(0.4);
  });
});
