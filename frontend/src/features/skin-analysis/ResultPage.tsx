import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { percent } from '../../shared/ui/format';
import { useAuthedImage } from '../../shared/ui/useAuthedImage';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { selectIsSignedIn } from '../auth/authSlice';
import { reportUrl, useGetAnalysisQuery } from './analysisApi';
import { selectCurrentAnalysis } from './analysisSlice';
import { FaceOverlay } from './FaceOverlay';
import { MonkScale } from './MonkScale';
import { RetakeAdvice } from './RetakeAdvice';
import { retakeGuidance, warningText } from './retakeGuidance';
import { Tabs } from '../../shared/ui/Tabs';
import type { Analysis, AnalysisWarning, Face, Illuminant, LocalPhoto, Timings } from './types';

const UNDERTONE_TEXT: Record<string, string> = {
  warm: 'Warm: golden, peachy or yellow hints under the skin.',
  cool: 'Cool: pink, red or bluish hints under the skin.',
  neutral: 'Neutral: a balance of warm and cool.',
  olive: 'Olive: a green-grey cast alongside warm or neutral hints.',
};

function contrastText(c: string | null): string | null {
  if (c === null) return null;
  return c.charAt(0).toUpperCase() + c.slice(1).toLowerCase();
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ColorFact({ hex }: { hex: string | null }) {
  if (!hex) return <span className="muted">Not measured</span>;
  return (
    <>
      <span className="swatch-dot" style={{ background: hex }} aria-hidden="true" />
      <span className="mono">{hex}</span>
    </>
  );
}

function lightText(cct: number): string {
  if (cct < 3500) return 'warm indoor light';
  if (cct < 4500) return 'neutral white light';
  if (cct < 6800) return 'daylight';
  return 'cool shade or overcast light';
}

export function FaceDetails({ face, illuminant = null, timings = null }: { face: Face; illuminant?: Illuminant | null; timings?: Timings | null }) {
  const lightCct = illuminant?.cct ?? null;
  // A correction under 0.1 ΔE00 is no correction worth mentioning (it prints as 0.0).
  const correction = illuminant?.correctionDeltaE ?? null;
  const corrected = correction !== null && correction >= 0.1;
  const undertone = face.undertone?.toLowerCase() ?? null;
  return (
    <section className="card" aria-labelledby="measure-title">
      <h2 id="measure-title" className="h3">
        What we measured
      </h2>
      <dl className="facts">
        <Fact label="Skin">
          <ColorFact hex={face.skinHex} />
        </Fact>
        <Fact label="Undertone">{undertone ? undertone.charAt(0).toUpperCase() + undertone.slice(1) : <span className="muted">Not measured</span>}</Fact>
        <Fact label="ITA">
          {face.ita !== null ? (
            <span>
              {face.ita.toFixed(1)}°{face.itaCategory ? <span className="muted small"> ({face.itaCategory.toLowerCase().replace(/[_-]/g, ' ')})</span> : null}
            </span>
          ) : (
            <span className="muted">Not measured</span>
          )}
        </Fact>
        {face.fitzpatrick && <Fact label="Fitzpatrick type">{face.fitzpatrick}</Fact>}
        <Fact label="Hair">
          <ColorFact hex={face.hairHex} />
        </Fact>
        <Fact label="Eyes">
          <ColorFact hex={face.eyeHex} />
        </Fact>
        <Fact label="Contrast">{contrastText(face.contrast) ?? <span className="muted">Not measured</span>}</Fact>
        {lightCct !== null && (
          <Fact label="Light">
            <span>
              {Math.round(lightCct / 100) * 100} K <span className="muted small">({lightText(lightCct)})</span>
            </span>
          </Fact>
        )}
      </dl>
      {undertone && UNDERTONE_TEXT[undertone] && <p className="small muted section" style={{ marginTop: '1rem' }}>{UNDERTONE_TEXT[undertone]}</p>}
      <p className="small muted">
        ITA (individual typology angle) describes how light or deep skin is from its measured colour; higher is lighter.
        {face.confidence !== null && <> We are {percent(face.confidence)} confident in this reading.</>}
      </p>
      {(corrected || timings?.total != null) && (
        <p className="small muted" data-testid="analysis-meta">
          {corrected && <>Colours corrected for the light by ΔE00 {correction.toFixed(1)}. </>}
          {timings?.total != null && <>Analysed in {Math.round(timings.total)} ms.</>}
        </p>
      )}
    </section>
  );
}

export function SeasonCard({ face }: { face: Face }) {
  const s = face.season;
  if (!s) {
    return (
      <section className="season-card" aria-labelledby="season-title">
        <p className="eyebrow">Your season</p>
        <h2 id="season-title">Not determined</h2>
        <p className="muted">
          {face.retake ? `${retakeGuidance(face.retake).title}. ` : ''}We could not place this face in a season from this photo. A photo in
          daylight usually helps.
        </p>
      </section>
    );
  }
  return (
    <section className="season-card" aria-labelledby="season-title" data-season={s.id}>
      <p className="eyebrow">Your season</p>
      <h2 id="season-title" className="season-card__name">
        {s.name}
      </h2>
      {s.confidence !== null && (
        <div className="meter">
          <span>Confidence</span>
          <div className="progress" role="meter" aria-label="Season confidence" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((s.confidence <= 1 ? s.confidence * 100 : s.confidence))}>
            <div className="progress__bar" style={{ width: percent(s.confidence) }} />
          </div>
          <strong>{percent(s.confidence)}</strong>
        </div>
      )}
      {s.explanation && <p style={{ marginTop: '1rem' }}>{s.explanation}</p>}
      {s.alternatives.length > 0 && (
        <p className="small muted">
          Also close: {s.alternatives.slice(0, 2).map((a) => `${a.name}${a.confidence !== null ? ` (${percent(a.confidence)})` : ''}`).join(', ')}.
        </p>
      )}
      <div className="form-actions">
        <Link className="btn btn--accent" to="/palette">
          See your palette
        </Link>
        <Link className="btn" to="/shop">
          Shop your colours
        </Link>
      </div>
    </section>
  );
}

function ResultView({ analysis, photo }: { analysis: Analysis; photo: LocalPhoto | null }) {
  const [selected, setSelected] = useState(0);
  const [view, setView] = useState<'photo' | 'report'>(photo ? 'photo' : 'report');
  const navigate = useNavigate();
  const report = useAuthedImage(view === 'report' && analysis.id ? reportUrl(analysis.id) : null);
  const face = analysis.faces[selected] ?? analysis.faces[0];
  const width = analysis.imageWidth ?? photo?.width ?? 800;
  const height = analysis.imageHeight ?? photo?.height ?? 1000;
  // The photo's warnings and the shown face's own (e.g. low skin coverage), each code once.
  const warnings: AnalysisWarning[] = [...analysis.warnings, ...(face?.warnings ?? [])].filter((w, i, all) => all.findIndex((o) => o.code === w.code) === i);

  if (analysis.retake) {
    return <RetakeAdvice reason={analysis.retake} detail={analysis.retakeDetail} photoUrl={photo?.dataUrl} onRetake={() => navigate('/analyze')} />;
  }

  return (
    <div className="stack-lg">
      {warnings.length > 0 && (
        <div className="alert alert--warn" role="note">
          <p className="alert__title">Good to know</p>
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{warningText(w.code, w.message)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="grid-2 grid-2--wide-left">
        <div className="stack">
          <Tabs
            label="Picture"
            selected={view}
            onSelect={setView}
            tabs={[
              ...(photo ? [{ key: 'photo' as const, label: 'Your photo' }] : []),
              { key: 'report' as const, label: 'Skin map' },
            ]}
          >
            <FaceOverlay
              src={view === 'photo' ? (photo?.dataUrl ?? null) : report.url}
              width={width}
              height={height}
              faces={analysis.faces}
              selected={selected}
              prerendered={view === 'report'}
              statusText={report.status === 'error' ? 'The skin map could not be loaded.' : 'Loading the skin map…'}
            />
            {view === 'report' && (
              <p className="small muted">
                The skin map marks your face and the skin pixels we measured. If you have not allowed us to keep photos, it shows your
                measured colours instead of the photo.
              </p>
            )}
          </Tabs>
          {analysis.faces.length > 1 && (
            <fieldset>
              <legend className="label">We found {analysis.faces.length} faces. Show the result for:</legend>
              <div className="row">
                {analysis.faces.map((_, i) => (
                  <label key={i} className="check">
                    <input type="radio" name="face" checked={selected === i} onChange={() => setSelected(i)} /> Face {i + 1}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </div>
        {face ? <SeasonCard face={face} /> : <p>No face in this analysis.</p>}
      </div>
      {face && (
        <>
          <MonkScale tone={face.monkTone} />
          <FaceDetails face={face} illuminant={analysis.illuminant} timings={analysis.timings} />
        </>
      )}
    </div>
  );
}

export function ResultPage() {
  useDocumentTitle('Your colours');
  const { id = 'latest' } = useParams();
  const current = useAppSelector(selectCurrentAnalysis);
  const signedIn = useAppSelector(selectIsSignedIn);
  const local = current && (id === 'latest' || current.analysis.id === id) ? current : null;
  const remote = useGetAnalysisQuery(id, { skip: !!local || id === 'latest' });

  let body: ReactNode;
  if (local) body = <ResultView analysis={local.analysis} photo={local.photo} />;
  else if (id === 'latest')
    body = (
      <div className="empty">
        <h2>No result yet</h2>
        <p>Take a selfie or upload a photo to find your colours.</p>
        <Link className="btn btn--primary" to="/analyze">
          Find my colours
        </Link>
      </div>
    );
  else if (remote.isLoading) body = <Loading label="Loading your result…" />;
  else if (remote.error)
    body = (
      <>
        <ErrorMessage error={remote.error} onRetry={remote.refetch} context="We could not load this result" />
        {!signedIn && (
          <p className="section">
            Saved results are available when you <Link to={`/signin?next=/results/${encodeURIComponent(id)}`}>sign in</Link>.
          </p>
        )}
      </>
    );
  else if (remote.data) body = <ResultView analysis={remote.data} photo={null} />;

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Step 2 of 3</p>
        <h1>Your colours</h1>
        <p className="lede">Here is what we measured, where your skin sits on the Monk scale, and the season that suits you.</p>
      </header>
      {body}
    </div>
  );
}
