/**
 * Faults the engine raises itself, from what the exercise prescribes and from the body over time
 * rather than from one frame's shape: 'moving-too-fast' (reps against the dose's tempo) and
 * 'hold-still' (fidgeting in a held position). Both are advice about pace and steadiness, never
 * about the shape of the position.
 */
import type { CheckerDefinition } from './checkers/checker-definition';
import type { FormExerciseSpec } from './exercise-spec';
import { createFidgeting } from './movement/fidgeting';
import { createRepTempo } from './timing/rep-tempo';
import type { BodyFrame, BodyPart, Fault } from './types';

/** Low: they cost a little score and never outrank a form fault for the one cue spoken at a time. */
const ENGINE_FAULT_SEVERITY = 0.2;

/**
 * A rep whose cycle takes under this share of the prescribed seconds per rep is rushed. A third:
 * tempos vary a lot between people doing a movement well (the recorded reps run at 0.38-0.68 of the
 * prescribed tempo for neck turns and tilts, brisk but controlled; 0.6 for the cat-cow's movement
 * between its holds; 1.1-2.5 for seated cat-cows, bridges and side bends), so only a rep at three
 * times the prescribed pace is called too fast.
 */
const TOO_FAST_SHARE = 1 / 3;

/**
 * Fidgeting in a hold (movement/fidgeting): a joint angle (elbow, shoulder, hip, knee, in 3-D)
 * changing more than 20 degrees within 1 s, again and again with no still second between, for
 * 1.5 s. Breathing and tracking jitter move a still hold's joints by a few degrees (95th percentile
 * 2.5-20 degrees within 1 s over the recorded holds, camera moves included); re-placing a hand or a
 * foot, shifting the weight or rocking bends a joint by tens. One shift of that size (settling the
 * arms once, a camera cut, the end of a held top) stays above 20 degrees for at most 1.1 s on the
 * recordings; fidgeting goes on.
 */
const FIDGETING = { windowMs: 1000, toleranceDeg: 20, lastingMs: 1500 };

/**
 * The faults the engine itself can raise for an exercise, beyond its checker's: 'moving-too-fast'
 * for reps with a prescribed tempo (unless the checker paces them itself, e.g. the circles), and
 * 'hold-still' for any hold or held top (unless the checker judges it). The engine raises one only
 * where the exercise's content has a cue for it: the content opts in.
 */
export function engineFaultIds(
  spec: Pick<FormExerciseSpec, 'dose'>,
  definition: Pick<CheckerDefinition, 'mode' | 'faults'>,
): string[] {
  const own = new Set(definition.faults.map((f) => f.id));
  const ids: string[] = [];
  if (definition.mode === 'reps' && spec.dose.secondsPerRep !== undefined) {
    ids.push('moving-too-fast');
  }
  ids.push('hold-still');
  return ids.filter((id) => !own.has(id));
}

export interface EngineFaults {
  /** A rep was completed at `t`; `msAtEnds` is the running time spent at the movement's ends. */
  repCompleted(t: number, msAtEnds: number): void;
  /** The movement was interrupted (out of position, a camera cut): the next rep starts afresh. */
  interrupt(): void;
  /** This frame's engine faults; `holding`: the hold clock runs and the checker is at the top. */
  update(body: BodyFrame | null, holding: boolean, t: number): Fault[];
  reset(): void;
}

/**
 * The engine faults of one exercise. `tooFastShownMs`: how long a rushed rep's fault stays present,
 * long enough to outlast the fault and cue debouncing so that one rushed rep can be said once.
 */
export function createEngineFaults(
  spec: Pick<FormExerciseSpec, 'dose' | 'cues'>,
  definition: Pick<CheckerDefinition, 'mode' | 'faults' | 'repStyle' | 'movingPart'>,
  tooFastShownMs: number,
): EngineFaults {
  const wanted = new Set(engineFaultIds(spec, definition).filter((id) => id in spec.cues));
  const { secondsPerRep, holdSeconds } = spec.dose;
  const movingPart: BodyPart | undefined = definition.movingPart;
  const repTempo =
    wanted.has('moving-too-fast') && secondsPerRep !== undefined && movingPart
      ? createRepTempo({
          secondsPerRep,
          // A two-ended rep (cat-cow) holds at both of its ends.
          heldSecondsPerRep: (holdSeconds ?? 0) * (definition.repStyle === 'two-ended' ? 2 : 1),
          tooFastShare: TOO_FAST_SHARE,
        })
      : null;
  const fidgeting = wanted.has('hold-still') ? createFidgeting(FIDGETING) : null;
  let tooFastUntilMs = -Infinity;

  return {
    repCompleted(t, msAtEnds) {
      const cycle = repTempo?.repCompleted(t, msAtEnds);
      // A rep at the right pace clears the fault at once.
      if (cycle) tooFastUntilMs = cycle.tooFast ? t + tooFastShownMs : -Infinity;
    },
    interrupt() {
      repTempo?.reset();
    },
    update(body, holding, t) {
      const faults: Fault[] = [];
      if (movingPart && t < tooFastUntilMs) {
        faults.push({
          id: 'moving-too-fast',
          bodyPart: movingPart,
          severity: ENGINE_FAULT_SEVERITY,
        });
      }
      if (fidgeting) {
        // Only the held position itself: not the way into it or out of it.
        const part = holding && body ? fidgeting.update(body) : null;
        if (!holding || !body) fidgeting.reset();
        if (part)
          faults.push({ id: 'hold-still', bodyPart: part, severity: ENGINE_FAULT_SEVERITY });
      }
      return faults;
    },
    reset() {
      tooFastUntilMs = -Infinity;
      repTempo?.reset();
      fidgeting?.reset();
    },
  };
}
