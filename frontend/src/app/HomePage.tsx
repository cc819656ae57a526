import { Link } from 'react-router';
import { useAppSelector } from './hooks';
import { selectIsSignedIn } from '../features/auth/authSlice';
import { selectCurrentAnalysis } from '../features/skin-analysis/analysisSlice';
import { useDocumentTitle } from '../shared/ui/useDocumentTitle';

// A decorative spread of a seasonal palette for the hero (not a result).
const HERO = ['#f4d6c1', '#e8b79a', '#c98f6b', '#8d5a3b', '#4a2c21', '#f2c6cf', '#c45c7a', '#6b2f4f', '#2f5d62', '#1f3b57'];

export function HomePage() {
  useDocumentTitle('');
  const signedIn = useAppSelector(selectIsSignedIn);
  const current = useAppSelector(selectCurrentAnalysis);
  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-title">
        <div>
          <p className="eyebrow">Personal colour analysis</p>
          <h1 id="hero-title">Wear the colours that light you up.</h1>
          <p className="lede">
            One selfie. We measure your skin, hair and eyes under your own light, place your skin on the 10-tone Monk scale, find
            your season, and build the palette that suits you, then the pieces to match.
          </p>
          <div className="row">
            <Link className="btn btn--accent" to="/analyze">
              Find my colours
            </Link>
            {current && (
              <Link className="btn" to={`/results/${encodeURIComponent(current.analysis.id || 'latest')}`}>
                See my last result
              </Link>
            )}
            {!signedIn && (
              <Link className="btn btn--ghost" to="/signin">
                Sign in
              </Link>
            )}
          </div>
          {!signedIn && <p className="small muted" style={{ marginTop: '1rem' }}>No account needed: continue without one and your result stays in this tab.</p>}
        </div>
        <div className="hero__palette" aria-hidden="true">
          {HERO.map((c) => (
            <span key={c} style={{ background: c }} />
          ))}
        </div>
      </section>
      <section aria-labelledby="how-title" className="section">
        <h2 id="how-title">How it works</h2>
        <ol className="steps">
          <li className="card">
            <h3>Take a selfie</h3>
            <p className="muted">In daylight, facing the window. We guide you while you frame it and tell you if the light is off.</p>
          </li>
          <li className="card">
            <h3>See your colouring</h3>
            <p className="muted">Your Monk tone, undertone, contrast and season, with how sure we are and why.</p>
          </li>
          <li className="card">
            <h3>Wear and shop it</h3>
            <p className="muted">Your palette, draped on your own face, and products picked to match, with the reason for each.</p>
          </li>
        </ol>
      </section>
    </div>
  );
}
