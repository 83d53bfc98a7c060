/**
 * Media for the end-to-end tests: fake-camera files made with ffmpeg from the shared footage (never
 * committed: converted into .cache/e2e) or from ffmpeg's own test sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FOOTAGE_DIR = resolve(REPO_ROOT, process.env.FOOTAGE_DIR ?? '../shared/footage');
const CACHE_DIR = join(REPO_ROOT, '.cache', 'e2e');

/** Path of a clip from the footage folder, or undefined when the folder or clip is absent. */
export function footageClip(name: string): string | undefined {
  const path = join(FOOTAGE_DIR, 'clips', name);
  return existsSync(path) ? path : undefined;
}

export function missingFootage(name: string): string {
  return `footage clip ${name} not found: folder ${FOOTAGE_DIR} is absent (set FOOTAGE_DIR)`;
}

/** Fits any picture into 640x480 without stretching it, as a camera would deliver it. */
const FIT_640x480 =
  'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2,setsar=1';

function ffmpeg(output: string, args: string[]): string {
  if (existsSync(output)) return output;
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${output}.part.mjpeg`;
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, '-q:v', '5', partial]);
  execFileSync('mv', [partial, output]);
  return output;
}

/** A fake-camera file (.mjpeg, which Chromium loops) playing the clip. */
export function clipAsCamera(clip: string): string {
  const name = clip
    .split('/')
    .pop()!
    .replace(/\.\w+$/, '');
  return ffmpeg(join(CACHE_DIR, `${name}.mjpeg`), ['-i', clip, '-vf', FIT_640x480]);
}

/** A fake camera looking at an empty, evenly lit wall. */
export function emptySceneCamera(): string {
  return ffmpeg(join(CACHE_DIR, 'empty-scene.mjpeg'), [
    '-f',
    'lavfi',
    '-i',
    'color=c=0xb0a890:s=640x480:r=30:d=2',
    '-vf',
    'noise=alls=8:allf=t',
  ]);
}

/** Two people side by side: the clip next to its mirror image. */
export function twoPeopleCamera(clip: string): string {
  const name = clip
    .split('/')
    .pop()!
    .replace(/\.\w+$/, '');
  return ffmpeg(join(CACHE_DIR, `${name}-two-people.mjpeg`), [
    '-i',
    clip,
    '-filter_complex',
    `[0:v]split[a][b];[b]hflip[m];[a][m]hstack,${FIT_640x480}`,
  ]);
}

/**
 * Media made at test time into test-results/flow (never committed): a close-up cut out of a clip,
 * and a recording in which the person leaves the picture and comes back.
 */
const TEST_MEDIA_DIR = join(REPO_ROOT, 'test-results', 'flow-media');

function madeAtTestTime(name: string, args: string[]): string {
  mkdirSync(TEST_MEDIA_DIR, { recursive: true });
  const output = join(TEST_MEDIA_DIR, name);
  if (!existsSync(output)) execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, output]);
  return output;
}

/** The middle of the clip blown up to the whole picture: a camera far too close. */
export function closeUpCamera(clip: string): string {
  return madeAtTestTime('close-up.mjpeg', [
    '-i',
    clip,
    '-vf',
    `crop=iw*0.45:ih*0.45:iw*0.3:ih*0.3,${FIT_640x480}`,
    '-q:v',
    '5',
  ]);
}

/** `seconds` of the clip, an empty room for `awaySeconds`, then the clip again (WebM, VP8). */
export function leaveAndReturnRecording(
  clip: string,
  seconds: number,
  awaySeconds: number,
): string {
  const part = `trim=0:${seconds},setpts=PTS-STARTPTS,${FIT_640x480},fps=15`;
  return madeAtTestTime('leave-and-return.webm', [
    '-i',
    clip,
    '-f',
    'lavfi',
    '-i',
    `color=c=0xb0a890:s=640x480:r=15:d=${awaySeconds}`,
    '-filter_complex',
    `[0:v]split[a][b];[a]${part}[first];[b]${part}[again];[1:v]setsar=1[away];` +
      `[first][away][again]concat=n=3:v=1:a=0[out]`,
    '-map',
    '[out]',
    '-c:v',
    'libvpx',
    '-b:v',
    '1M',
    '-an',
  ]);
}

/**
 * The clip, then `seconds` of an empty room, looped by the fake camera: the exercise, then
 * something else (the person gone), then the exercise again.
 */
export function clipThenEmptyCamera(clip: string, seconds: number): string {
  const name = clip
    .split('/')
    .pop()!
    .replace(/\.\w+$/, '');
  return ffmpeg(join(CACHE_DIR, `${name}-then-empty-${seconds}s.mjpeg`), [
    '-i',
    clip,
    '-f',
    'lavfi',
    '-i',
    `color=c=0xb0a890:s=640x480:r=30:d=${seconds}`,
    '-filter_complex',
    `[0:v]${FIT_640x480},fps=30[a];[1:v]noise=alls=8:allf=t,setsar=1[b];[a][b]concat=n=2:v=1`,
  ]);
}

/**
 * `fromS` to `toS` of the clip played forward, then backward, looped by the fake camera: a
 * movement and its return with no cut between (the person's own poses, in reverse order on the
 * way back), and the position at `toS` held twice as long.
 */
export function boomerangCamera(clip: string, fromS: number, toS: number): string {
  const name = clip
    .split('/')
    .pop()!
    .replace(/\.\w+$/, '');
  return ffmpeg(join(CACHE_DIR, `${name}-${fromS}-${toS}s-boomerang.mjpeg`), [
    '-i',
    clip,
    '-filter_complex',
    `[0:v]trim=${fromS}:${toS},setpts=PTS-STARTPTS,${FIT_640x480},fps=30,split[a][b];` +
      `[b]reverse[back];[a][back]concat=n=2:v=1`,
  ]);
}

/**
 * A 1 s 1080p H.264 clip of ffmpeg's test pattern, 30 frames at 30 fps: the container lasts 1.000 s
 * but the last frame is at 0.967 s, so stepping through it in 100 ms steps ends with a seek past
 * the last frame (the shape of the clip that once failed with "the image source is not usable").
 */
export function clipEndingBeforeItsDuration(): string {
  const output = join(CACHE_DIR, 'testsrc-1080p-1s.mp4');
  if (existsSync(output)) return output;
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${output}.part.mp4`;
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=30'],
    ...['-frames:v', '30', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
    partial,
  ]);
  execFileSync('mv', [partial, output]);
  return output;
}
