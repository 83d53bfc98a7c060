import { describe, expect, it } from 'vitest';
import { parseContentRoute } from '../../../src/ui/catalogue/content-route';

describe('parseContentRoute', () => {
  it('reads the pages with and without an id', () => {
    expect(parseContentRoute('catalogue')).toEqual({ page: 'catalogue' });
    expect(parseContentRoute('exercise/glute-bridge')).toEqual({
      page: 'exercise',
      id: 'glute-bridge',
    });
    expect(parseContentRoute('routine/my-abc')).toEqual({ page: 'routine', id: 'my-abc' });
  });

  it('leaves other routes to the rest of the app', () => {
    expect(parseContentRoute('coach')).toBeUndefined();
    expect(parseContentRoute('exercise/')).toBeUndefined();
    expect(parseContentRoute('catalogue/extra')).toBeUndefined();
  });
});
