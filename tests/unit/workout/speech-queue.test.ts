import { describe, expect, it } from 'vitest';
import {
  createSpeechQueue,
  type SynthLike,
  type UtteranceLike,
} from '../../../src/workout/speech-queue';

/** A synthesiser that records what it was asked to say and finishes lines when told to. */
function fakeSynth() {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  const synth: SynthLike = {
    speak: (u) => void spoken.push(u),
    cancel: () => void cancels++,
  };
  const makeUtterance = (text: string): UtteranceLike => ({ text, onend: null, onerror: null });
  return {
    synth,
    makeUtterance,
    texts: () => spoken.map((u) => u.text),
    finishLast: () => spoken[spoken.length - 1]?.onend?.(),
    failLast: () => spoken[spoken.length - 1]?.onerror?.(),
    cancels: () => cancels,
  };
}

function setup(options: { maxWaitMs?: number; maxSpeakMs?: number } = {}) {
  let t = 0;
  const fake = fakeSynth();
  const queue = createSpeechQueue({ ...fake, now: () => t, ...options });
  return { fake, queue, advance: (ms: number) => (t += ms) };
}

describe('speech queue', () => {
  it('speaks one line at a time, the next only when the current one ends', () => {
    const { fake, queue } = setup();
    queue.say('Lift your hips');
    queue.say('Good');
    expect(fake.texts()).toEqual(['Lift your hips']);
    fake.finishLast();
    expect(fake.texts()).toEqual(['Lift your hips', 'Good']);
    fake.finishLast();
    expect(fake.texts()).toHaveLength(2);
  });

  it('never piles up: a newer waiting line replaces an older one', () => {
    const { fake, queue } = setup();
    queue.say('one');
    queue.say('two');
    queue.say('three');
    fake.finishLast();
    expect(fake.texts()).toEqual(['one', 'three']);
  });

  it('drops a line that waited too long, and carries on after an error', () => {
    const { fake, queue, advance } = setup({ maxWaitMs: 2000 });
    queue.say('one');
    queue.say('stale');
    advance(2500);
    fake.finishLast();
    expect(fake.texts()).toEqual(['one']);
    queue.say('two');
    fake.failLast();
    queue.say('three');
    expect(fake.texts()).toEqual(['one', 'two', 'three']);
  });

  it('does not stay stuck when the engine never says a line ended', () => {
    const { fake, queue, advance } = setup({ maxSpeakMs: 5000 });
    queue.say('one');
    advance(6000);
    queue.say('two');
    expect(fake.texts()).toEqual(['one', 'two']);
    expect(fake.cancels()).toBe(1);
  });

  it('is silent while muted but still keeps the line to show', () => {
    const { fake, queue } = setup();
    queue.say('one');
    queue.say('waiting');
    queue.setMuted(true);
    expect(fake.cancels()).toBeGreaterThan(0);
    queue.say('muted line');
    expect(queue.lastLine).toBe('muted line');
    fake.finishLast();
    expect(fake.texts()).toEqual(['one']);
    queue.setMuted(false);
    queue.say('back');
    expect(fake.texts()).toEqual(['one', 'back']);
  });

  it('works without speech at all: lines are only shown', () => {
    const queue = createSpeechQueue();
    queue.say('Turn side-on to the camera');
    expect(queue.lastLine).toBe('Turn side-on to the camera');
    expect(() => queue.stop()).not.toThrow();
  });
});
