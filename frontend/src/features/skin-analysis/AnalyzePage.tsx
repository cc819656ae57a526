import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { friendlyError } from '../../shared/api/problem';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { ProgressBar } from '../../shared/ui/ProgressBar';
import { Tabs } from '../../shared/ui/Tabs';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { selectIsSignedIn } from '../auth/authSlice';
import { useCreateAnalysisMutation } from './analysisApi';
import { analysisCompleted, selectUpload, uploadPhaseChanged } from './analysisSlice';
import { CameraCapture } from './CameraCapture';
import { PhotoUpload } from './PhotoUpload';
import { preparePhoto } from './photo';
import { RetakeAdvice } from './RetakeAdvice';

type Mode = 'camera' | 'upload';

interface Chosen {
  blob: Blob;
  name: string;
  url: string;
}

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) {
      setSeconds(0);
      return;
    }
    const started = Date.now();
    const t = setInterval(() => setSeconds(Math.round((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(t);
  }, [running]);
  return seconds;
}

export function AnalyzePage() {
  useDocumentTitle('Find your colours');
  const dispatch = useAppDispatch();
  const navigate = useNavigate();
  const signedIn = useAppSelector(selectIsSignedIn);
  const upload = useAppSelector(selectUpload);
  const [mode, setMode] = useState<Mode>('camera');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [skipFace, setSkipFace] = useState(false);
  const [retake, setRetake] = useState<{ reason: string; detail: string | null } | null>(null);
  const [create, { error, isLoading, reset }] = useCreateAnalysisMutation();
  const [preparing, setPreparing] = useState(false);
  const busy = isLoading || preparing;
  const elapsed = useElapsedSeconds(busy && upload.phase === 'analysing');
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => () => {
    if (chosen) URL.revokeObjectURL(chosen.url);
  }, [chosen]);

  useEffect(() => {
    dispatch(uploadPhaseChanged('idle'));
  }, [dispatch]);

  const choose = (blob: Blob, name: string) => {
    reset();
    setRetake(null);
    setChosen({ blob, name, url: URL.createObjectURL(blob) });
  };

  const startOver = () => {
    reset();
    setRetake(null);
    setChosen(null);
    dispatch(uploadPhaseChanged('idle'));
  };

  const analyse = async () => {
    if (!chosen) return;
    setRetake(null);
    setPreparing(true);
    dispatch(uploadPhaseChanged('preparing'));
    statusRef.current?.focus();
    const prepared = await preparePhoto(chosen.blob, chosen.name);
    setPreparing(false);
    const result = await create({ image: prepared.blob, fileName: prepared.fileName, faceDetection: skipFace ? false : undefined });
    // A photo that cannot be measured is a 201 with `retake` (docs/api.md), never a problem:
    // problems (unreadable file, too large, busy) are shown by the error message below.
    if ('error' in result) return;
    const analysis = result.data;
    if (analysis.retake) {
      setRetake({ reason: analysis.retake, detail: analysis.retakeDetail });
      return;
    }
    dispatch(
      analysisCompleted({
        analysis,
        photo: prepared.dataUrl ? { dataUrl: prepared.dataUrl, width: prepared.width, height: prepared.height } : null,
      }),
    );
    navigate(`/results/${encodeURIComponent(analysis.id || 'latest')}`);
  };

  const pct = upload.total > 0 ? (upload.loaded / upload.total) * 100 : undefined;
  const phaseText =
    upload.phase === 'preparing'
      ? 'Preparing your photo…'
      : upload.phase === 'uploading'
        ? `Uploading your photo${pct !== undefined ? ` (${Math.round(pct)}%)` : ''}…`
        : upload.phase === 'analysing'
          ? `Analysing: finding your face, then measuring skin, hair and eyes under your light${elapsed > 1 ? ` (${elapsed} s)` : ''}…`
          : '';

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Step 1 of 3</p>
        <h1>Find your colours</h1>
        <p className="lede">
          Take a selfie or upload a photo. We find your face, measure your skin, hair and eye colour under the light you are in, and
          tell you which colours bring you to life.
        </p>
        {!signedIn && (
          <p className="small muted">
            You are not signed in: that is fine. Your result stays in this browser tab. <Link to="/signup">Create an account</Link> to keep it.
          </p>
        )}
      </header>

      {retake ? (
        <RetakeAdvice reason={retake.reason} detail={retake.detail} photoUrl={chosen?.url} onRetake={startOver} />
      ) : chosen ? (
        <section className="grid-2" aria-labelledby="confirm-title">
          <div className="preview">
            <img src={chosen.url} alt="Your chosen photo" />
          </div>
          <div className="stack">
            <h2 id="confirm-title">Use this photo?</h2>
            <p className="muted">Check that your face is sharp, evenly lit and not covered. Your photo is sent only to be analysed.</p>
            {mode === 'upload' && (
              <label className="check small">
                <input type="checkbox" checked={skipFace} onChange={(e) => setSkipFace(e.target.checked)} disabled={busy} />
                <span>This is a close-up of skin, not a face (skip face detection)</span>
              </label>
            )}
            <div ref={statusRef} tabIndex={-1} aria-live="polite" className="stack">
              {busy && (
                <>
                  <p className="small" role="status">
                    {phaseText}
                  </p>
                  <ProgressBar label={upload.phase === 'uploading' ? 'Upload progress' : 'Analysis progress'} value={upload.phase === 'uploading' ? pct : undefined} />
                </>
              )}
            </div>
            {error && <ErrorMessage error={error} onRetry={analyse} context="We could not analyse your photo" />}
            {error && friendlyError(error).slug === 'payload-too-large' && (
              <p className="small">Tip: the camera option takes a photo of just the right size.</p>
            )}
            <div className="form-actions">
              <button type="button" className="btn btn--accent" onClick={analyse} disabled={busy}>
                {busy ? 'Working…' : 'Analyse my colours'}
              </button>
              <button type="button" className="btn btn--ghost" onClick={startOver} disabled={busy}>
                Choose another photo
              </button>
            </div>
          </div>
        </section>
      ) : (
        <Tabs
          label="How to add your photo"
          selected={mode}
          onSelect={setMode}
          tabs={[
            { key: 'camera', label: 'Use the camera' },
            { key: 'upload', label: 'Upload a photo' },
          ]}
        >
          {mode === 'camera' ? <CameraCapture onCapture={(b) => choose(b, 'selfie.jpg')} /> : <PhotoUpload onSelect={(f) => choose(f, f.name)} />}
        </Tabs>
      )}
    </div>
  );
}
