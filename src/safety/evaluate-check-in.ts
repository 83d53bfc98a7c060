import {
  CONTRAINDICATION_QUESTIONS,
  TODAY_QUESTIONS,
  type BackStage,
  type YesNoQuestion,
} from './questions';

/** The full check-in comes before the first workout; the brief one before every later workout. */
export type CheckInKind = 'full' | 'brief';

export interface CheckInAnswers {
  /** Question id to the answer; a missing id is an unanswered question. */
  yesNo: Partial<Record<string, boolean>>;
  /** Asked in the full check-in; the brief one reuses the stage from the last full one. */
  backStage?: BackStage;
  /** Asked only at stage 3. */
  supervised?: boolean;
  /** Asked only in the brief check-in. */
  healthChanged?: boolean;
}

export type CheckInVerdict =
  /** Every question answered and nothing rules the workout out. */
  | { kind: 'go'; notes: string[] }
  /** At least one answer rules today's workout out; `reasons` says why, in plain words. */
  | { kind: 'stop'; reasons: string[] }
  /** The brief check-in is not enough: the person's health changed. */
  | { kind: 'redo-full'; reason: string }
  | { kind: 'incomplete'; missing: string[] };

export function questionsFor(kind: CheckInKind): readonly YesNoQuestion[] {
  return kind === 'full' ? [...CONTRAINDICATION_QUESTIONS, ...TODAY_QUESTIONS] : TODAY_QUESTIONS;
}

export function needsSupervisionQuestion(stage: BackStage | undefined): boolean {
  return stage === '3';
}

const STAGE_4_REASON =
  'At stage 4 of a back condition, exercise therapy is not advised. Please follow your doctor’s treatment plan.';
const UNSUPERVISED_REASON =
  'At stage 3 of a back condition, exercise only under a specialist’s supervision. Start the workout when a specialist is with you.';
const UNSURE_NOTE =
  'If you have a back condition and do not know its stage, ask your doctor before you train hard.';

/** What the answers allow today. Pure: the same answers always give the same verdict. */
export function evaluateCheckIn(kind: CheckInKind, answers: CheckInAnswers): CheckInVerdict {
  const missing = questionsFor(kind)
    .filter((q) => answers.yesNo[q.id] === undefined)
    .map((q) => q.id);
  if (kind === 'full' && answers.backStage === undefined) missing.push('back-stage');
  if (kind === 'brief' && answers.healthChanged === undefined) missing.push('health-changed');
  if (needsSupervisionQuestion(answers.backStage) && answers.supervised === undefined) {
    missing.push('supervised');
  }
  if (missing.length > 0) return { kind: 'incomplete', missing };

  if (kind === 'brief' && answers.healthChanged) {
    return {
      kind: 'redo-full',
      reason:
        'Your health has changed since your first check-in, so please do the full check-in again.',
    };
  }

  const reasons = questionsFor(kind)
    .filter((q) => answers.yesNo[q.id] === true)
    .map((q) => q.stopReason);
  if (answers.backStage === '4') reasons.push(STAGE_4_REASON);
  if (answers.backStage === '3' && !answers.supervised) reasons.push(UNSUPERVISED_REASON);
  if (reasons.length > 0) return { kind: 'stop', reasons };

  const notes: string[] = [];
  if (answers.backStage === '3') notes.push('Train only while your specialist is supervising you.');
  if (answers.backStage === 'unsure') notes.push(UNSURE_NOTE);
  return { kind: 'go', notes };
}
