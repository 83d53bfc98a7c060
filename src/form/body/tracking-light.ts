import type { PoseFrame } from '../../pose/landmarks';

/**
 * Is the picture too dark or backlit for steady tracking? The engine sees landmarks, not pixels, so
 * it judges from how the tracking behaves: in poor light (a dim room, a person in silhouette against
 * a bright window) the pose is found on some frames and lost on others, again and again, while the
 * person stays put. Leaving the frame, a title card or a fade loses the pose once, not on and off.
 * Where the pipeline supplies the frame's mean luminance, a dark picture is judged from that too.
 *
 * A close crop also makes the pose come and go (a tutorial's close-ups of the legs): there the
 * frames that do find the person miss what the exercise needs, so the framing is named instead.
 *
 * Measured on the recorded footage (45 clips, 3 s windows): where the pose flickered 4 times in a
 * window with the person framed, it was still found on at least 90% of the frames; below 80% it was
 * lost once (a cut, a card, a fade), or the shots were close-ups (the gym bridge tutorial). The
 * held-out forearm plank against a window had a pose on 65% of frames.
 */
export interface TrackingLightOptions {
  windowMs: number;
  /** Pose found on fewer than this share of the window's frames... */
  maxFoundShare: number;
  /** ...but on at least this share (nobody there is "come into the frame")... */
  minFoundShare: number;
  /** ...and found and lost at least this many times: flickering tracking... */
  minFlickers: number;
  /** ...while at least this share of the frames that found the person show all it needs. */
  minFramedShare: number;
  /** Mean frame luminance (0-1) below this over the window: too dark. */
  darkBelow: number;
}

export const TRACKING_LIGHT: TrackingLightOptions = {
  windowMs: 3000,
  maxFoundShare: 0.8,
  minFoundShare: 0.2,
  minFlickers: 4,
  minFramedShare: 0.5,
  darkBelow: 0.12,
};

export function createTrackingLight(options: TrackingLightOptions = TRACKING_LIGHT) {
  let window: { t: number; found: boolean; framed: boolean; luminance: number | undefined }[] = [];
  return {
    /**
     * Feed one frame (`framed`: the person is found with every region the exercise needs in the
     * picture); true when the light is too poor for steady tracking.
     */
    update(frame: PoseFrame, framed: boolean): boolean {
      const t = frame.timestampMs;
      window = [
        ...window.filter((s) => s.t > t - options.windowMs && s.t <= t),
        { t, found: frame.poses.length > 0, framed, luminance: frame.luminance },
      ];
      const first = window[0]!;
      if (t - first.t < options.windowMs * 0.9) return false;
      const lit = window.flatMap((s) => (s.luminance === undefined ? [] : [s.luminance]));
      if (lit.length > window.length / 2) {
        const mean = lit.reduce((a, b) => a + b, 0) / lit.length;
        if (mean < options.darkBelow) return true;
      }
      const seen = window.filter((s) => s.found);
      const found = seen.length / window.length;
      const framedShare = seen.filter((s) => s.framed).length / Math.max(1, seen.length);
      let flickers = 0;
      for (let i = 1; i < window.length; i++) {
        if (window[i]!.found !== window[i - 1]!.found) flickers++;
      }
      return (
        found >= options.minFoundShare &&
        found < options.maxFoundShare &&
        flickers >= options.minFlickers &&
        framedShare >= options.minFramedShare
      );
    },
    reset() {
      window = [];
    },
  };
}
