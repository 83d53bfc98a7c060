import { describe, expect, it } from 'vitest';
import { RestartKits } from '../../../src/pose/restart-kit';

describe('RestartKits', () => {
  it('keeps the bytes of a cold load when a later warm load only gives the delegate', () => {
    const kits = new RestartKits();
    const bytes = new Uint8Array([1, 2, 3]);
    kits.keep('full.task', { delegate: 'CPU', delegateReason: 'no WebGL2', modelBytes: bytes });
    kits.keep('full.task', { delegate: 'CPU', delegateReason: 'no WebGL2' });
    expect(kits.get('full.task')?.modelBytes).toBe(bytes);
  });

  it('lets go of the other models once one is chosen', () => {
    const kits = new RestartKits();
    kits.keep('lite.task', { delegate: 'CPU', delegateReason: 'a' });
    kits.keep('lightning.json', { delegate: 'CPU', delegateReason: 'b' });
    kits.keepOnly('lightning.json');
    expect(kits.get('lite.task')).toBeUndefined();
    expect(kits.get('lightning.json')?.delegateReason).toBe('b');
  });
});
