import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../../src/form/types';
import {
  breathingLines,
  createBreathingPrompts,
} from '../../../../src/workout/flow/breathing-prompts';
import { createCountdown, restSpoken } from '../../../../src/workout/flow/countdown';
import { meanLuminance } from '../../../../src/workout/flow/frame-luminance';
import { FRAMING_MESSAGES } from '../../../../src/workout/flow/framing-check';
import { createFramingGuide } from '../../../../src/workout/flow/framing-guide';
import {
  DEFAULT_SPEECH_SETTINGS,
  SPEECH_SETTINGS_KEY,
  clampRate,
  loadSpeechSettings,
  saveSpeechSettings,
  voiceOptions,
} from '../../../../src/workout/flow/speech-settings';

describe('countdown', () => {
  it('says 3, 2, 1 and Go once each, however often it is asked', () => {
    const countdown = createCountdown({ seconds: 3, startMs: 1000, finalLine: 'Go' });
    const said: string[] = [];
    for (let t = 1000; t <= 4500; t += 50) {
      const tick = countdown.update(t);
      if (tick.say) said.push(tick.say);
    }
    expect(said).toEqual(['3', '2', '1', 'Go']);
  });
  it('says only the latest number after a late tick', () => {
    const countdown = createCountdown({ seconds: 3, startMs: 0 });
    expect(countdown.update(0).say).toBe('3');
    expect(countdown.update(2500)).toEqual({ secondsLeft: 1, over: false, say: '1' });
  });
  it('a rest says its tenth and last three seconds', () => {
    const countdown = createCountdown({ seconds: 30, startMs: 0, spoken: restSpoken });
    const said: string[] = [];
    for (let t = 0; t <= 30_000; t += 100) {
      const tick = countdown.update(t);
      if (tick.say) said.push(tick.say);
    }
    expect(said).toEqual(['10', '3', '2', '1']);
  });
});

describe('framing guide', () => {
  const ok = { problem: null, message: FRAMING_MESSAGES.ok };
  const feet = { problem: 'feet-out' as const, message: FRAMING_MESSAGES['feet-out'] };
  const turn = { problem: 'turn-side-on' as const, message: FRAMING_MESSAGES['turn-side-on'] };

  it('is ready after 1.5 s right without a break, and a bad frame starts the wait again', () => {
    const guide = createFramingGuide();
    expect(guide.update(ok, 0).status).toBe('steady');
    expect(guide.update(ok, 1000).progress).toBeCloseTo(2 / 3);
    expect(guide.update(feet, 1100).status).toBe('adjust');
    expect(guide.update(ok, 1200).status).toBe('steady');
    expect(guide.update(ok, 2600).status).toBe('steady');
    expect(guide.update(ok, 2700).status).toBe('ready');
    // Ready stays ready.
    expect(guide.update(feet, 2800).status).toBe('ready');
  });

  it('does not flicker between messages on one odd frame', () => {
    const guide = createFramingGuide();
    expect(guide.update(feet, 0).message).toBe(FRAMING_MESSAGES['feet-out']);
    expect(guide.update(turn, 100).message).toBe(FRAMING_MESSAGES['feet-out']);
    expect(guide.update(feet, 200).message).toBe(FRAMING_MESSAGES['feet-out']);
    expect(guide.update(turn, 300).message).toBe(FRAMING_MESSAGES['feet-out']);
    expect(guide.update(turn, 750).message).toBe(FRAMING_MESSAGES['turn-side-on']);
  });
});

const exercises = readdirSync('content/exercises').map(
  (name) =>
    JSON.parse(readFileSync(`content/exercises/${name}`, 'utf8')) as {
      id: string;
      breathing: string;
    },
);
const breathingOf = (id: string) => exercises.find((e) => e.id === id)!.breathing;

describe('breathing lines from the content', () => {
  it('split a rep exercise’s text into the way out and the way back', () => {
    expect(breathingLines(breathingOf('glute-bridge'))).toEqual({
      out: 'Breathe out as the hips rise',
      back: 'Breathe in as they lower',
    });
    expect(breathingLines(breathingOf('neck-turns'))).toEqual({
      out: 'Breathe out as you turn to the side',
      back: 'Breathe in as you come back to the middle',
    });
  });
  it('find the hold’s line in a held exercise', () => {
    expect(breathingLines(breathingOf('plank')).hold).toBe('Keep breathing evenly');
    expect(breathingLines(breathingOf('bridge-hold')).hold).toBe(
      'Breathe steadily through the hold',
    );
  });
  // The way out is the first movement the text names, whichever way it goes; the way back is the
  // return to the start. These were swapped where the effort is on the way back up.
  it.each([
    [
      'pike-push-up',
      'Breathe in as you lower toward the floor',
      'Breathe out as you press back up',
    ],
    ['cobra', 'Breathe in as you press up', 'Breathe out as you lower down'],
    ['glute-bridge', 'Breathe out as the hips rise', 'Breathe in as they lower'],
    ['forward-bend', 'Breathe out as you fold down', 'Breathe in again as you roll up'],
    ['standing-hinge', 'Breathe out as you hinge forward', 'Breathe in as you rise'],
    ['seated-forward-fold', 'Breathe out as you fold forward', 'Breathe in as you sit tall'],
    [
      'standing-side-bend',
      'Breathe out as you lean to the side',
      'Breathe in as you reach up in the middle',
    ],
    ['hanging-knee-raise-hold', 'Breathe out as you draw the knees up', 'Breathe in as you hang'],
    ['shoulder-raises', 'Breathe in as a shoulder lifts', 'Breathe out as it lowers'],
    [
      'knee-raise-leg-circles',
      'Breathe in as the knee lifts',
      'Breathe evenly during the circles and out as the foot returns to the floor',
    ],
  ])('name %s’s way out and way back as its text does', (id, out, back) => {
    const lines = breathingLines(breathingOf(id));
    expect(lines.out).toBe(out);
    expect(lines.back).toBe(back);
  });
  it('give every exercise of the catalogue something to say', () => {
    for (const exercise of exercises) {
      const lines = breathingLines(exercise.breathing);
      expect(Object.keys(lines).length, exercise.id).toBeGreaterThan(0);
    }
  });
});

describe('breathing prompts', () => {
  const lines = {
    out: 'Breathe out as you lift',
    back: 'Breathe in as you lower',
    hold: 'Keep breathing',
  };
  const at = (type: EngineEvent['type'], atMs: number) => ({ type, atMs }) as EngineEvent;

  it('follow the reps: the way back at the top, the way out after each rep', () => {
    const prompts = createBreathingPrompts(lines);
    expect(prompts.start('reps', 0)).toBe(lines.out);
    expect(prompts.update([at('hold-started', 3000)], 'reps', 3000)).toBe(lines.back);
    expect(prompts.update([at('rep-completed', 6000)], 'reps', 6000)).toBe(lines.out);
    // Too soon after the last prompt: nothing.
    expect(prompts.update([at('hold-started', 7000)], 'reps', 7000)).toBeUndefined();
  });
  it('follow a pike push-up: breathe out pressing back up from the bottom, in lowering again', () => {
    const prompts = createBreathingPrompts(breathingLines(breathingOf('pike-push-up')));
    // The set starts in the V: the first movement is the lowering.
    expect(prompts.start('reps', 0)).toBe('Breathe in as you lower toward the floor');
    // The rep's far end (the engine's top) is the bottom of the push-up: the effort is next.
    expect(prompts.update([at('hold-started', 3000)], 'reps', 3000)).toBe(
      'Breathe out as you press back up',
    );
    expect(prompts.update([at('rep-completed', 6000)], 'reps', 6000)).toBe(
      'Breathe in as you lower toward the floor',
    );
  });
  it('give way to a form cue in the same frame', () => {
    const prompts = createBreathingPrompts(lines);
    expect(
      prompts.update([at('rep-completed', 5000), at('cue', 5000)], 'reps', 5000),
    ).toBeUndefined();
  });
  it('remind to breathe through a long hold', () => {
    const prompts = createBreathingPrompts(lines, { minGapMs: 2500, holdEveryMs: 20_000 });
    expect(prompts.update([at('hold-started', 1000)], 'hold', 1000)).toBe(lines.hold);
    expect(prompts.update([], 'hold', 15_000)).toBeUndefined();
    expect(prompts.update([], 'hold', 21_000)).toBe(lines.hold);
    prompts.update([at('hold-paused', 22_000)], 'hold', 22_000);
    expect(prompts.update([], 'hold', 45_000)).toBeUndefined();
  });
});

describe('speech settings', () => {
  function memoryStore(initial?: string) {
    const map = new Map<string, string>(initial ? [[SPEECH_SETTINGS_KEY, initial]] : []);
    return {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
    };
  }
  it('are kept and read back', () => {
    const store = memoryStore();
    expect(loadSpeechSettings(store)).toEqual(DEFAULT_SPEECH_SETTINGS);
    expect(saveSpeechSettings(store, { muted: true, voice: 'v1', rate: 1.2 })).toBe(true);
    expect(loadSpeechSettings(store)).toEqual({ muted: true, voice: 'v1', rate: 1.2 });
  });
  it('fall back field by field when damaged', () => {
    expect(loadSpeechSettings(memoryStore('{"muted":true,"rate":9}'))).toEqual({
      muted: true,
      voice: null,
      rate: 1,
    });
    expect(loadSpeechSettings(memoryStore('not json'))).toEqual(DEFAULT_SPEECH_SETTINGS);
  });
  it('a refusing store loses nothing on the page and says so', () => {
    const store = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(saveSpeechSettings(store, DEFAULT_SPEECH_SETTINGS)).toBe(false);
  });
  it('keep the rate in its range and step', () => {
    expect(clampRate(3)).toBe(1.5);
    expect(clampRate(0.73)).toBeCloseTo(0.7);
    expect(clampRate(Number.NaN)).toBe(1);
  });
  it('offer English voices first', () => {
    const options = voiceOptions([
      { voiceURI: 'de', name: 'Anna', lang: 'de-DE' },
      { voiceURI: 'en2', name: 'Zoe', lang: 'en-GB' },
      { voiceURI: 'en1', name: 'Alex', lang: 'en-US' },
    ]);
    expect(options.map((o) => o.id)).toEqual(['en1', 'en2', 'de']);
  });
});

describe('mean luminance', () => {
  it('is 0 for black, 1 for white, and weights green most', () => {
    expect(meanLuminance([0, 0, 0, 255, 0, 0, 0, 255])).toBe(0);
    expect(meanLuminance([255, 255, 255, 255])).toBeCloseTo(1);
    expect(meanLuminance([0, 255, 0, 255])).toBeCloseTo(0.587);
    expect(meanLuminance([])).toBeUndefined();
  });
});
