/**
 * Everything that can go wrong between the camera (or a video file) and a skeleton on screen,
 * as a code the UI can recognise and a message that tells a person what happened and what to do.
 */

export type PipelineErrorCode =
  | 'camera-not-found'
  | 'camera-permission-denied'
  | 'camera-in-use'
  | 'camera-unplugged'
  | 'camera-failed'
  | 'camera-unsupported'
  | 'video-unsupported'
  | 'video-failed'
  | 'model-load-failed'
  | 'model-invalid'
  | 'wasm-load-failed'
  | 'worker-failed'
  | 'tracking-restarted'
  | 'nobody-in-frame'
  | 'two-people';

export interface PipelineMessage {
  code: PipelineErrorCode;
  /** 'error' stops the session; 'warning' is about what the camera sees and clears by itself. */
  severity: 'error' | 'warning';
  /** What happened, in words a person understands. */
  what: string;
  /** What they can do about it. */
  todo: string;
}

const MESSAGES: Record<PipelineErrorCode, Omit<PipelineMessage, 'code'>> = {
  'camera-not-found': {
    severity: 'error',
    what: 'No camera was found.',
    todo: 'Connect a webcam and try again, or open a video file of your exercise instead.',
  },
  'camera-permission-denied': {
    severity: 'error',
    what: 'The browser was not allowed to use the camera.',
    todo: 'Allow camera access for this page (the camera icon in the address bar), then start the camera again. The video stays on this device.',
  },
  'camera-in-use': {
    severity: 'error',
    what: 'The camera is in use by another program or could not be started.',
    todo: 'Close other apps or tabs that use the camera (video calls, other recorders), then start the camera again.',
  },
  'camera-unplugged': {
    severity: 'error',
    what: 'The camera stopped sending video (it was unplugged or switched off).',
    todo: 'Reconnect the camera and start it again, or pick another camera.',
  },
  'camera-failed': {
    severity: 'error',
    what: 'The camera could not be started.',
    todo: 'Try another camera or resolution, or reload the page.',
  },
  'camera-unsupported': {
    severity: 'error',
    what: 'This browser cannot use a camera on this page.',
    todo: 'Open the page in a current Chrome, Edge or Firefox over https or localhost, or open a video file instead.',
  },
  'video-unsupported': {
    severity: 'error',
    what: 'This video file cannot be played by the browser (it is damaged or in a format the browser does not know).',
    todo: 'Try an MP4 (H.264) or WebM file, for example a recording straight from a phone.',
  },
  'video-failed': {
    severity: 'error',
    what: 'The video file stopped playing because of an error.',
    todo: 'Open the file again, or try another recording.',
  },
  'model-load-failed': {
    severity: 'error',
    what: 'The pose model could not be downloaded from this site.',
    todo: 'Check the connection to the site and reload the page.',
  },
  'model-invalid': {
    severity: 'error',
    what: 'The pose model file is damaged and could not be loaded.',
    todo: 'Reload the page; if it keeps happening, clear the site data and reload.',
  },
  'wasm-load-failed': {
    severity: 'error',
    what: 'The pose engine (WebAssembly) could not be loaded.',
    todo: 'Reload the page, or use a current version of Chrome, Edge or Firefox.',
  },
  'worker-failed': {
    severity: 'error',
    what: 'The pose engine stopped with an error.',
    todo: 'Reload the page and start again.',
  },
  'tracking-restarted': {
    severity: 'warning',
    what: 'Tracking stopped for a moment and was restarted.',
    todo: 'Carry on: the set in progress keeps its time and reps.',
  },
  'nobody-in-frame': {
    severity: 'warning',
    what: 'Nobody is visible in the picture.',
    todo: 'Step back until your whole body, head to feet, is in the picture, with light on you.',
  },
  'two-people': {
    severity: 'warning',
    what: 'More than one person is in the picture; the coach follows only one.',
    todo: 'Make sure only the person exercising is in view.',
  },
};

export function describePipelineError(code: PipelineErrorCode): PipelineMessage {
  return { code, ...MESSAGES[code] };
}

/** A failure with a code the UI can show; `detail` keeps the technical cause for the console. */
export class PipelineError extends Error {
  override readonly name = 'PipelineError';
  constructor(
    readonly code: PipelineErrorCode,
    readonly detail?: string,
  ) {
    super(`${MESSAGES[code].what}${detail ? ` (${detail})` : ''}`);
  }
}

export function isPipelineError(error: unknown): error is PipelineError {
  return error instanceof PipelineError;
}

function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    const name = (error as { name: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** Maps a getUserMedia rejection (a DOMException, by name) to what the person sees. */
export function cameraError(error: unknown): PipelineError {
  if (isPipelineError(error)) return error;
  switch (errorName(error)) {
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new PipelineError('camera-not-found', errorText(error));
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return new PipelineError('camera-permission-denied', errorText(error));
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new PipelineError('camera-in-use', errorText(error));
    default:
      return new PipelineError('camera-failed', errorText(error));
  }
}

/** HTMLMediaElement error codes (MediaError.code), kept as numbers so this stays DOM-free. */
export const MEDIA_ERR_ABORTED = 1;
export const MEDIA_ERR_NETWORK = 2;
export const MEDIA_ERR_DECODE = 3;
export const MEDIA_ERR_SRC_NOT_SUPPORTED = 4;

/** Maps a <video> element's error to what the person sees. */
export function videoError(mediaErrorCode: number | undefined, message?: string): PipelineError {
  const detail = `MediaError ${mediaErrorCode ?? '?'}${message ? `: ${message}` : ''}`;
  if (mediaErrorCode === MEDIA_ERR_SRC_NOT_SUPPORTED || mediaErrorCode === MEDIA_ERR_DECODE) {
    return new PipelineError('video-unsupported', detail);
  }
  return new PipelineError('video-failed', detail);
}
