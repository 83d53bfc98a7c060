/**
 * The held seconds the screen shows, in step with the picture.
 *
 * The engine decides each frame of a hold a moment late (`EngineState.holdClockAtMs`, about 0.3 s
 * behind the frame): a hold's edges are known once the movement into or out of it has shown. Shown
 * as it stands, the clock would trail the person. While the engine says the hold is running, the
 * screen adds the time since the engine's clock, so the seconds match what the person sees.
 *
 * While the hold runs the shown seconds never go back (the engine's clock catching up does not
 * make them jump). When the person leaves, the engine takes the movement out of the hold, so it may
 * confirm a little less than was shown as they started moving (at most the lag): once the engine
 * says the hold has stopped, the screen shows the confirmed figure, so it never stays above what
 * the engine confirms. The set's record always holds the engine's own figure.
 */
import type { EngineState } from '../form/types';

type HoldState = Pick<EngineState, 'timestampMs' | 'phase' | 'holdSeconds' | 'holdClockAtMs'>;

/** The engine's hold extended to the frame's own time while the hold is running. */
export function holdAtPicture(state: HoldState): number {
  if (state.phase !== 'holding' || state.holdClockAtMs === undefined) return state.holdSeconds;
  return state.holdSeconds + Math.max(0, state.timestampMs - state.holdClockAtMs) / 1000;
}

export interface HoldOnScreen {
  /** The seconds to show after this frame's state. */
  update(state: HoldState): number;
}

export function createHoldOnScreen(): HoldOnScreen {
  let shown = 0;
  return {
    update(state) {
      shown = state.phase === 'holding' ? Math.max(shown, holdAtPicture(state)) : state.holdSeconds;
      return shown;
    },
  };
}
