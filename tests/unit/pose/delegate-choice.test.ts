import { describe, expect, it } from 'vitest';
import { chooseDelegate, isSoftwareRenderer } from '../../../src/pose/delegate-choice';

describe('delegate choice', () => {
  it('recognises software WebGL renderers', () => {
    expect(
      isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11)')).toBe(false);
  });

  it('keeps the faster delegate by median frame time', () => {
    expect(chooseDelegate([40, 45, 300], [680, 690, 700]).delegate).toBe('CPU');
    expect(chooseDelegate([40, 45, 50], [12, 15, 400]).delegate).toBe('GPU');
  });

  it('falls back to CPU when the GPU gave no timing', () => {
    expect(chooseDelegate([40], [])).toEqual({ delegate: 'CPU', reason: 'GPU unavailable' });
  });
});
