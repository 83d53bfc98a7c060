import { describe, expect, it } from 'vitest';
import {
  MEDIA_ERR_DECODE,
  MEDIA_ERR_NETWORK,
  MEDIA_ERR_SRC_NOT_SUPPORTED,
  PipelineError,
  cameraError,
  describePipelineError,
  isPipelineError,
  videoError,
  type PipelineErrorCode,
} from '../../../src/pose/pipeline-errors';

const domException = (name: string) => Object.assign(new Error('browser said no'), { name });

describe('cameraError', () => {
  it.each([
    ['NotFoundError', 'camera-not-found'],
    ['OverconstrainedError', 'camera-not-found'],
    ['NotAllowedError', 'camera-permission-denied'],
    ['SecurityError', 'camera-permission-denied'],
    ['NotReadableError', 'camera-in-use'],
    ['AbortError', 'camera-in-use'],
    ['TypeError', 'camera-failed'],
  ] as const)('maps %s to %s', (name, code) => {
    const error = cameraError(domException(name));
    expect(error.code).toBe(code);
    expect(error.detail).toContain(name);
  });

  it('keeps a PipelineError as it is', () => {
    const original = new PipelineError('camera-unplugged');
    expect(cameraError(original)).toBe(original);
  });

  it('copes with something that is not an Error', () => {
    expect(cameraError('weird').code).toBe('camera-failed');
  });
});

describe('videoError', () => {
  it('treats unsupported and undecodable files alike', () => {
    expect(videoError(MEDIA_ERR_SRC_NOT_SUPPORTED).code).toBe('video-unsupported');
    expect(videoError(MEDIA_ERR_DECODE, 'PIPELINE_ERROR_DECODE').code).toBe('video-unsupported');
    expect(videoError(MEDIA_ERR_NETWORK).code).toBe('video-failed');
    expect(videoError(undefined).code).toBe('video-failed');
  });
});

describe('describePipelineError', () => {
  const codes: PipelineErrorCode[] = [
    'camera-not-found',
    'camera-permission-denied',
    'camera-in-use',
    'camera-unplugged',
    'camera-failed',
    'camera-unsupported',
    'video-unsupported',
    'video-failed',
    'model-load-failed',
    'model-invalid',
    'wasm-load-failed',
    'worker-failed',
    'nobody-in-frame',
    'two-people',
  ];

  it('says what happened and what to do for every failure, each in its own words', () => {
    const messages = codes.map(describePipelineError);
    for (const message of messages) {
      expect(message.what.length).toBeGreaterThan(10);
      expect(message.todo.length).toBeGreaterThan(10);
    }
    expect(new Set(messages.map((m) => m.what)).size).toBe(codes.length);
  });

  it('treats what the camera sees as a warning and broken parts as errors', () => {
    expect(describePipelineError('nobody-in-frame').severity).toBe('warning');
    expect(describePipelineError('two-people').severity).toBe('warning');
    expect(describePipelineError('model-invalid').severity).toBe('error');
  });
});

describe('PipelineError', () => {
  it('carries its code and the technical detail in its message', () => {
    const error = new PipelineError('model-load-failed', 'HTTP 404');
    expect(isPipelineError(error)).toBe(true);
    expect(error.message).toContain('HTTP 404');
    expect(isPipelineError(new Error('x'))).toBe(false);
  });
});
