/**
 * A recording is analysed at 10 frames per second of its own time. The evaluation and the landmark
 * fixtures sample footage at this same rate, so the app and the evaluation see the same frames.
 */
export const FILE_STEP_MS = 100;
