import { describe, expect, it } from 'vitest';
import {
  evaluateCheckIn,
  questionsFor,
  type CheckInAnswers,
} from '../../../src/safety/evaluate-check-in';
import { CONTRAINDICATION_QUESTIONS, TODAY_QUESTIONS } from '../../../src/safety/questions';

function allNo(kind: 'full' | 'brief'): CheckInAnswers {
  return {
    yesNo: Object.fromEntries(questionsFor(kind).map((q) => [q.id, false])),
    backStage: kind === 'full' ? 'none' : undefined,
    healthChanged: kind === 'brief' ? false : undefined,
  };
}

describe('the full check-in', () => {
  it('lets a person with no warning signs train', () => {
    expect(evaluateCheckIn('full', allNo('full'))).toEqual({ kind: 'go', notes: [] });
  });

  it('asks every programme rule: contraindications and today’s state', () => {
    const ids = questionsFor('full').map((q) => q.id);
    for (const id of [
      'spinal-injury',
      'pregnancy',
      'external-bleeding',
      'recent-surgery',
      'kidney',
      'cardiovascular',
      'chronic-exacerbation',
      'acute-pain',
      'acute-phase',
      'malaise',
      'fever',
      'hypertensive-crisis',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each([...CONTRAINDICATION_QUESTIONS, ...TODAY_QUESTIONS].map((q) => [q.id, q.stopReason]))(
    'stops the workout on "yes" to %s and says why',
    (id, reason) => {
      const answers = allNo('full');
      answers.yesNo[id] = true;
      expect(evaluateCheckIn('full', answers)).toEqual({ kind: 'stop', reasons: [reason] });
    },
  );

  it('gives every reason when several answers rule the workout out', () => {
    const answers = allNo('full');
    answers.yesNo.fever = true;
    answers.yesNo.pregnancy = true;
    const verdict = evaluateCheckIn('full', answers);
    expect(verdict.kind === 'stop' && verdict.reasons).toHaveLength(2);
  });

  it('lists what is still unanswered instead of deciding', () => {
    const answers = allNo('full');
    delete answers.yesNo.fever;
    answers.backStage = undefined;
    expect(evaluateCheckIn('full', answers)).toEqual({
      kind: 'incomplete',
      missing: ['fever', 'back-stage'],
    });
  });

  it('rules out exercise therapy at stage 4', () => {
    const verdict = evaluateCheckIn('full', { ...allNo('full'), backStage: '4' });
    expect(verdict.kind).toBe('stop');
    expect(verdict.kind === 'stop' && verdict.reasons[0]).toMatch(/stage 4/);
  });

  it('allows stage 3 only once supervision is confirmed', () => {
    const stage3 = { ...allNo('full'), backStage: '3' as const };
    expect(evaluateCheckIn('full', stage3)).toEqual({
      kind: 'incomplete',
      missing: ['supervised'],
    });
    const alone = evaluateCheckIn('full', { ...stage3, supervised: false });
    expect(alone.kind === 'stop' && alone.reasons[0]).toMatch(/supervision/);
    const supervised = evaluateCheckIn('full', { ...stage3, supervised: true });
    expect(supervised.kind).toBe('go');
  });
});

describe('the brief check-in', () => {
  it('asks only about today', () => {
    expect(questionsFor('brief').map((q) => q.id)).toEqual(TODAY_QUESTIONS.map((q) => q.id));
  });

  it('lets a person with no warning signs train', () => {
    expect(evaluateCheckIn('brief', allNo('brief')).kind).toBe('go');
  });

  it('stops on fever', () => {
    const answers = allNo('brief');
    answers.yesNo.fever = true;
    const verdict = evaluateCheckIn('brief', answers);
    expect(verdict.kind === 'stop' && verdict.reasons.join(' ')).toMatch(/fever/);
  });

  it('sends the person back to the full check-in when their health has changed', () => {
    expect(evaluateCheckIn('brief', { ...allNo('brief'), healthChanged: true }).kind).toBe(
      'redo-full',
    );
  });

  it('asks about supervision again at stage 3', () => {
    const answers = { ...allNo('brief'), backStage: '3' as const };
    expect(evaluateCheckIn('brief', answers)).toEqual({
      kind: 'incomplete',
      missing: ['supervised'],
    });
  });
});
