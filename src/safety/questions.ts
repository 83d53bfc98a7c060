/**
 * The check-in's questions, from the programme's own rules. Each "yes" that rules a workout out
 * carries the plain reason the app shows; the app states the rule, it never diagnoses.
 */
export interface YesNoQuestion {
  id: string;
  text: string;
  /** Shown when the answer is yes: why there is no workout today. */
  stopReason: string;
}

/** How the person's state is today: asked before every workout. */
export const TODAY_QUESTIONS: readonly YesNoQuestion[] = [
  {
    id: 'acute-pain',
    text: 'Do you have acute pain right now (sharp, sudden or severe), in the back or anywhere else?',
    stopReason:
      'Do not exercise with acute pain. Rest, and see a doctor if the pain does not ease.',
  },
  {
    id: 'acute-phase',
    text: 'Is a back condition of yours in an acute phase (a flare-up) right now?',
    stopReason:
      'Do not exercise during the acute phase of a back condition. Wait until it has settled and your doctor agrees.',
  },
  {
    id: 'malaise',
    text: 'Do you feel generally unwell today?',
    stopReason: 'Do not exercise while you feel generally unwell. Rest and try another day.',
  },
  {
    id: 'fever',
    text: 'Do you have a fever or a raised temperature?',
    stopReason: 'Do not exercise with a fever. Rest until your temperature is back to normal.',
  },
  {
    id: 'hypertensive-crisis',
    text: 'Do you have a hypertensive crisis now (a sudden, very high blood pressure)?',
    stopReason:
      'Do not exercise during a hypertensive crisis. Get medical help if your blood pressure is very high.',
  },
  {
    id: 'chronic-exacerbation',
    text: 'Is a chronic illness of yours flaring up (getting worse) at the moment?',
    stopReason:
      'Do not exercise while a chronic illness is flaring up. Ask your doctor when it is safe to start again.',
  },
  {
    id: 'external-bleeding',
    text: 'Do you have an external bleeding (a wound that is bleeding)?',
    stopReason: 'Do not exercise with an external bleeding. Have the wound seen to first.',
  },
];

/** Lasting conditions that rule this programme out: asked at the first, full check-in. */
export const CONTRAINDICATION_QUESTIONS: readonly YesNoQuestion[] = [
  {
    id: 'spinal-injury',
    text: 'Have you ever had a serious injury of the spine?',
    stopReason:
      'A serious spinal injury is a contraindication for this programme. Please ask your doctor which exercise is right for you.',
  },
  {
    id: 'pregnancy',
    text: 'Are you pregnant?',
    stopReason:
      'This programme is not meant for pregnancy. Please ask your doctor or midwife about suitable exercise.',
  },
  {
    id: 'recent-surgery',
    text: 'Have you had an operation recently?',
    stopReason:
      'Recent surgery is a contraindication for this programme. Ask your surgeon or doctor when you may exercise.',
  },
  {
    id: 'kidney',
    text: 'Do you have kidney failure or a kidney disease?',
    stopReason:
      'Kidney failure or kidney disease is a contraindication for this programme. Please ask your doctor first.',
  },
  {
    id: 'cardiovascular',
    text: 'Do you have a disease of the heart or blood vessels (cardiovascular disease)?',
    stopReason:
      'Cardiovascular disease is a contraindication for this programme. Please ask your doctor first.',
  },
];

/** The stage of a back condition as a doctor has told the person; the app never guesses it. */
export const BACK_STAGES = ['none', '1', '2', '3', '4', 'unsure'] as const;
export type BackStage = (typeof BACK_STAGES)[number];

export const BACK_STAGE_LABELS: Record<BackStage, string> = {
  none: 'No back condition has been diagnosed',
  '1': 'Stage 1',
  '2': 'Stage 2',
  '3': 'Stage 3',
  '4': 'Stage 4',
  unsure: 'I do not know the stage',
};

export const BACK_STAGE_QUESTION =
  'If a doctor has diagnosed a back condition, what stage did they give it?';

export const SUPERVISION_QUESTION =
  'At stage 3, exercise is only for under a specialist’s supervision. Is a specialist (a doctor or physiotherapist) supervising this workout?';

export const CHANGED_QUESTION =
  'Has anything about your health changed since your first check-in (a new diagnosis, an injury, an operation, a pregnancy)?';
