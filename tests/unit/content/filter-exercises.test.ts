import { describe, expect, it } from 'vitest';
import { exercises } from '../../../src/content/catalogue';
import { filterExercises } from '../../../src/content/filter-exercises';

describe('filterExercises', () => {
  it('returns everything with no filter', () => {
    expect(filterExercises(exercises, {})).toHaveLength(exercises.length);
  });

  it('narrows by category, equipment and view together', () => {
    const found = filterExercises(exercises, {
      category: 'neck',
      equipment: 'chair',
      view: 'front',
    });
    expect(found.map((e) => e.id).sort()).toEqual(['chin-tuck-turns', 'neck-turns']);
  });

  it('keeps exercises that can be filmed from any view under a view filter', () => {
    const side = filterExercises(exercises, { view: 'side' }).map((e) => e.id);
    expect(side).toContain('plank');
    expect(side).toContain('running-on-the-spot');
    expect(side).not.toContain('neck-turns');
  });

  it('finds the bar exercises', () => {
    const bar = filterExercises(exercises, { equipment: 'bar' })
      .map((e) => e.id)
      .sort();
    expect(bar).toEqual(['bar-hang', 'hanging-knee-raise-hold', 'hanging-pelvis-turns']);
  });
});
