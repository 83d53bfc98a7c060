/**
 * Variants of the labelled clips, to test whether the engine's results hold on footage it was not
 * tuned on: each clip transformed with ffmpeg as another camera, room or person would change it.
 * A variant folder is a footage folder in the same format (clips + labels.json), so it is recorded,
 * cached and evaluated exactly like the originals. Pure: definitions and label transforms.
 */
import type { ClipLabel } from './labels';

export interface Variant {
  id: string;
  /** What the transform imitates, for the printed table. */
  description: string;
  /** ffmpeg -vf filter chain. */
  filter: string;
  /** The picture is flipped left-right: image-left and image-right peaks swap. */
  mirrored?: boolean;
  /** "No silent zeros" is reported clip by clip for this variant (it hides what checkers need). */
  speechPerClip?: boolean;
}

/**
 * In the order they are recorded: the close crop and the dark picture first, because "no silent
 * zeros" is measured on them.
 */
export const VARIANTS: readonly Variant[] = [
  {
    id: 'crop',
    description: 'close crop: the middle 70% of the width and 80% of the height (cuts hands/feet)',
    filter: 'crop=trunc(iw*0.35)*2:trunc(ih*0.4)*2:(iw-ow)/2:(ih-oh)/2',
    speechPerClip: true,
  },
  {
    id: 'dark',
    description: 'darker and lower-contrast (brightness -0.2, contrast 0.5)',
    filter: 'eq=brightness=-0.2:contrast=0.5:saturation=0.7',
    speechPerClip: true,
  },
  {
    id: 'mirror',
    description: 'mirrored left-right (left/right labels swap)',
    filter: 'hflip',
    mirrored: true,
  },
  {
    id: '360p',
    description: 'scaled down to 360 pixels on the short side',
    filter: "scale='if(gt(iw,ih),-2,360)':'if(gt(iw,ih),360,-2)'",
  },
  {
    id: '15fps',
    description: '15 frames a second',
    filter: 'fps=15',
  },
  {
    id: 'drift',
    description: 'slow handheld drift: up to 8 px and 1 degree, over 5-8 s periods',
    // Rotation first (black corners of under 2% of the width), then a moving 16 px smaller window.
    filter:
      "rotate='PI/180*sin(2*PI*t/8)':c=black," +
      "crop=iw-16:ih-16:'8+8*sin(2*PI*t/5)':'8+8*sin(2*PI*t/7)'",
  },
  // Two more of how the app is used: from 2-3 metres, and with a phone or laptop not quite level.
  {
    id: 'far',
    description: 'twice as far: the picture at half size in the middle of a grey frame',
    filter: 'scale=trunc(iw/4)*2:trunc(ih/4)*2,pad=iw*2:ih*2:(ow-iw)/2:(oh-ih)/2:color=gray',
    speechPerClip: true,
  },
  {
    id: 'tilt',
    description: 'camera rolled 5 degrees (propped on something uneven), the whole picture kept',
    filter:
      'rotate=5*PI/180:ow=rotw(5*PI/180):oh=roth(5*PI/180):c=gray,' +
      'scale=trunc(iw/2)*2:trunc(ih/2)*2',
  },
];

export function variantById(id: string): Variant | undefined {
  return VARIANTS.find((v) => v.id === id);
}

/** "clips/plank-studio.mp4" -> "clips/plank-studio--crop.mp4": its own clip id and cache entry. */
export function variantFile(file: string, variant: Pick<Variant, 'id'>): string {
  const dot = file.lastIndexOf('.');
  const stem = dot > file.lastIndexOf('/') ? file.slice(0, dot) : file;
  return `${stem}--${variant.id}.mp4`;
}

/** The original clip's id from a variant's id ("plank-studio--crop" -> "plank-studio"). */
export function originalClipId(variantClip: string): string {
  const at = variantClip.lastIndexOf('--');
  return at > 0 ? variantClip.slice(0, at) : variantClip;
}

/**
 * The labels of a clip's variant. The transforms keep every time, so only the file changes, and
 * for a mirrored picture the image-direction peaks swap sides (the person's own left/right stay
 * what they are, but the model sees the mirror image of a person and names its sides that way).
 */
export function variantLabel(label: ClipLabel, variant: Variant): ClipLabel {
  const renamed: ClipLabel = { ...label, file: variantFile(label.file, variant) };
  if (!variant.mirrored) return renamed;
  const { leftPeaks, rightPeaks, ...rest } = renamed;
  return {
    ...rest,
    ...(rightPeaks ? { leftPeaks: rightPeaks } : {}),
    ...(leftPeaks ? { rightPeaks: leftPeaks } : {}),
  };
}
