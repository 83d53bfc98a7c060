/** Signals that end a workout at once, shown before every workout and on the stop screen. */
export const STOP_SIGNALS: readonly string[] = [
  'Pain',
  'Headache',
  'Weakness',
  'Nausea or vomiting',
];

export const STOP_ADVICE =
  'If you feel any of these, stop at once and consult a doctor. Do not carry on through it.';
