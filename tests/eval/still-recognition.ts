/** Recognises the pose on one recorded still, the way the app would on one camera frame. */
import { buildBodyFrame } from '../../src/form/body/body-frame';
import { answersLabel, recognisePose } from '../../src/form/recognise-pose';
import { plankOrDog } from '../../src/form/recognition/plank-or-dog';
import type { PoseFrame } from '../../src/pose/landmarks';
import { otherOfPair, type StillResult } from './still-metrics';

export function recogniseStill(file: string, labelled: string, frame: PoseFrame): StillResult {
  const body = buildBodyFrame(frame);
  const pose = body ? recognisePose(body).pose : 'none';
  const other = otherOfPair(labelled);
  return {
    file,
    labelled,
    recognised: pose === 'none' ? null : pose,
    correct: answersLabel(pose, labelled),
    confused: other !== undefined && answersLabel(pose, other),
    // Plank and downward-dog stills also get the pairwise decision (see still-metrics.ts).
    ...(other !== undefined
      ? { pairDecision: body ? plankOrDog(body.points, body.visibility) : null }
      : {}),
  };
}
