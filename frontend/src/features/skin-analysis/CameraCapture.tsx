import { useEffect, useRef, useState } from 'react';
import { FaceGuide } from './FaceGuide';
import { GOOD_LIGHT_TEXT, HINT_TEXT } from './lightMeter';
import { captureFrame } from './photo';
import { useCamera } from './useCamera';
import { useLightMeter } from './useLightMeter';

interface Props {
  onCapture: (photo: Blob) => void;
}

/** The selfie camera: live preview with a face-framing oval and light hints, and a shutter. */
export function CameraCapture({ onCapture }: Props) {
  const { status, stream, start, stop } = useCamera();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [aspect, setAspect] = useState<string | undefined>(undefined);
  const [capturing, setCapturing] = useState(false);
  const live = status === 'live';
  const hints = useLightMeter(videoRef, live);

  useEffect(() => {
    const v = videoRef.current;
    if (!v) return;
    v.srcObject = stream;
    if (stream) void v.play().catch(() => undefined);
  }, [stream]);

  const shoot = async () => {
    if (!videoRef.current) return;
    setCapturing(true);
    const blob = await captureFrame(videoRef.current);
    setCapturing(false);
    if (blob) {
      stop();
      onCapture(blob);
    }
  };

  const hintText = hints === null ? 'Checking the light…' : hints.length === 0 ? GOOD_LIGHT_TEXT : HINT_TEXT[hints[0]];

  return (
    <div className="stack">
      <div className="camera" style={aspect ? { aspectRatio: aspect } : undefined}>
        <video
          ref={videoRef}
          className="mirrored"
          muted
          playsInline
          autoPlay
          hidden={!live}
          aria-label="Live camera preview"
          onLoadedMetadata={(e) => {
            const v = e.currentTarget;
            if (v.videoWidth && v.videoHeight) setAspect(`${v.videoWidth} / ${v.videoHeight}`);
          }}
        />
        {live && <FaceGuide good={hints === null ? null : hints.length === 0} />}
        {!live && (
          <div className="camera__placeholder">
            {status === 'starting' && <p>Starting the camera… Your browser may ask for permission.</p>}
            {status === 'idle' && <p>Your camera stays off until you start it. Nothing is recorded until you take the photo.</p>}
            {status === 'denied' && (
              <p role="alert">
                Camera access was blocked. Allow the camera in your browser's site settings, or upload a photo instead.
              </p>
            )}
            {status === 'unavailable' && <p role="alert">We could not find a camera on this device. Please upload a photo instead.</p>}
            {status === 'error' && <p role="alert">The camera could not start. Close other apps using it and try again, or upload a photo.</p>}
          </div>
        )}
      </div>
      {live && (
        <p className="camera__hint" role="status" aria-live="polite" data-testid="light-hint" data-state={hints === null ? 'checking' : hints.length === 0 ? 'good' : 'warn'}>
          <span aria-hidden="true">{hints === null ? '…' : hints.length === 0 ? '✓' : '!'}</span>
          <span>{hintText}</span>
        </p>
      )}
      <div className="row">
        {!live ? (
          <button type="button" className="btn btn--primary" onClick={start} disabled={status === 'starting' || status === 'unavailable'}>
            {status === 'denied' || status === 'error' ? 'Try the camera again' : 'Start camera'}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn--accent" onClick={shoot} disabled={capturing}>
              {capturing ? 'Taking photo…' : 'Take photo'}
            </button>
            <button type="button" className="btn btn--ghost" onClick={stop}>
              Turn camera off
            </button>
          </>
        )}
      </div>
      <ul className="tips small muted">
        <li>Face a window or a soft white light; avoid light from behind.</li>
        <li>Remove glasses and tinted make-up if you can; tie back hair covering your face.</li>
        <li>Hold the phone at eye level, about an arm's length away.</li>
      </ul>
    </div>
  );
}
