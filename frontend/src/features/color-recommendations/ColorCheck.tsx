import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { parseHexInput as normalizeHex } from '../../shared/lib/color';
import { useMatchColorMutation } from './colorApi';

const VERDICT_TEXT: Record<'wear' | 'neutral' | 'avoid', string> = {
  wear: 'A great colour for you.',
  neutral: 'Wearable: fine, though not your strongest.',
  avoid: 'Best kept away from your face.',
};

/** "Does this colour suit me?": asks the colour-matching service about one colour. */
export function ColorCheck({ season }: { season: string | null }) {
  const [value, setValue] = useState('#7b3f61');
  const [match, { data, error, isLoading }] = useMatchColorMutation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const h = normalizeHex(value);
    if (h) void match({ hex: h, season });
  };
  return (
    <form className="card" onSubmit={submit}>
      <div className="field">
        <label htmlFor="check-color">A colour you are considering</label>
        <div className="row">
          <input id="check-color" type="color" value={value} onChange={(e) => setValue(e.target.value)} />
          <span className="mono">{value}</span>
          <button type="submit" className="btn btn--primary btn--small" disabled={isLoading}>
            {isLoading ? 'Checking…' : 'Check'}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {error && <ErrorMessage error={error} compact />}
        {data && (
          <div className="alert alert--info" data-testid="color-verdict">
            <p className="alert__title">
              {data.verdict ? VERDICT_TEXT[data.verdict] : 'Result'}
              {data.score !== null && <span className="muted small"> (score {Math.round(data.score)} of 100)</span>}
            </p>
            {data.explanation && <p>{data.explanation}</p>}
            {data.nearest && (
              <p className="row">
                Closest colour in your palette: <span className="swatch-dot" style={{ background: data.nearest.hex }} aria-hidden="true" />
                {data.nearest.name ?? ''} <span className="mono">{data.nearest.hex}</span>
                {data.deltaE !== null && <span className="muted small">(ΔE {data.deltaE.toFixed(1)})</span>}
              </p>
            )}
            {data.penalised && data.nearestAvoid && (
              <p className="row">
                Closer still to a colour to avoid: <span className="swatch-dot" style={{ background: data.nearestAvoid.hex }} aria-hidden="true" />
                {data.nearestAvoid.name ?? ''} <span className="mono">{data.nearestAvoid.hex}</span>
                {data.avoidDeltaE !== null && <span className="muted small">(ΔE {data.avoidDeltaE.toFixed(1)})</span>}
              </p>
            )}
            <Link to={`/shop/colour?hex=${encodeURIComponent(data.hex)}`}>Find products near this colour</Link>
          </div>
        )}
      </div>
    </form>
  );
}
