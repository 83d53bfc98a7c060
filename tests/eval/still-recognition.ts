/** Recognises the pose on one recorded still, the way the app would on one camera frame. */
import { buildBodyFrame } from '../../src/form/body/body-frame';
import { answersLabel, recognisePose } from '../../src/form/recognise-pose';
import type { PoseFrame } from '../../src/pose/landmarks';
import type { StillResult } from './still-metrics';

export function recogniseStill(file: string, labelled: string, frame: PoseFrame): StillResult {
  const body = buildBodyFrame(frame);
  const recognised = body ? recognisePose(body.points, body.visibility).pose : null;
  return {
    file,
    labelled,
    recognised: recognised === 'none' ? null : recognised,
    correct: recognised !== null && answersLabel(recognised, labelled),
  };
}
