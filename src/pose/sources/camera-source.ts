import { PipelineError, cameraError } from '../pipeline-errors';
import type { FrameSink, FrameSource } from './frame-source';
import { grabFrame, onVideoFrames } from './video-frame-loop';

export interface CameraChoice {
  /** A device from listCameras(); undefined for the browser's default camera. */
  deviceId?: string;
  width: number;
  height: number;
}

export const CAMERA_RESOLUTIONS = [
  { label: '640 × 480', width: 640, height: 480 },
  { label: '1280 × 720', width: 1280, height: 720 },
] as const;

export interface CameraDevice {
  deviceId: string;
  label: string;
}

function mediaDevices(): MediaDevices {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new PipelineError('camera-unsupported', 'navigator.mediaDevices is not available');
  }
  return navigator.mediaDevices;
}

/** Cameras the browser knows; labels are empty until the person has allowed camera access once. */
export async function listCameras(): Promise<CameraDevice[]> {
  const devices = await mediaDevices().enumerateDevices();
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }));
}

/** Asks for the camera and starts it playing in `video`; rejects with a PipelineError. */
export async function openCamera(
  choice: CameraChoice,
  video: HTMLVideoElement,
): Promise<FrameSource> {
  let stream: MediaStream;
  try {
    stream = await mediaDevices().getUserMedia({
      audio: false,
      video: {
        deviceId: choice.deviceId ? { exact: choice.deviceId } : undefined,
        width: { ideal: choice.width },
        height: { ideal: choice.height },
      },
    });
  } catch (error) {
    throw cameraError(error);
  }
  const track = stream.getVideoTracks()[0];
  if (!track) {
    stream.getTracks().forEach((t) => t.stop());
    throw new PipelineError('camera-not-found', 'the stream has no video track');
  }
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch (error) {
    stream.getTracks().forEach((t) => t.stop());
    video.srcObject = null;
    throw cameraError(error);
  }

  let stopLoop: (() => void) | undefined;
  let stopped = false;
  let onTrackEnded: (() => void) | undefined;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopLoop?.();
    if (onTrackEnded) track.removeEventListener('ended', onTrackEnded);
    stream.getTracks().forEach((t) => t.stop());
    video.srcObject = null;
  };

  return {
    kind: 'camera',
    label: track.label || 'Camera',
    mirrored: true,
    video,
    start(sink: FrameSink) {
      let reported = false;
      // Unplugging the camera (or the system taking it away) ends the track.
      onTrackEnded = () => {
        if (reported || stopped) return;
        reported = true;
        stop();
        sink.onError(new PipelineError('camera-unplugged', 'the video track ended'));
      };
      track.addEventListener('ended', onTrackEnded);
      // A camera does not wait for the analysis: the newest frame is grabbed when the worker is free.
      const grab = async () => {
        if (stopped) throw new Error('camera stopped');
        const timestampMs = performance.now();
        return { bitmap: await grabFrame(video), timestampMs };
      };
      stopLoop = onVideoFrames(video, () => void sink.onFrame(grab));
    },
    stop,
  };
}
