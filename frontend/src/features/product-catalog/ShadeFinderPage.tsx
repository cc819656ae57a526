import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { parseHexInput as normalizeHex } from '../../shared/lib/color';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { selectCurrentAnalysis } from '../skin-analysis/analysisSlice';
import { useMatchShadesQuery } from './catalogApi';
import { closenessText } from './ColorSearchPage';

const GRADE_TEXT: Record<string, string> = {
  excellent: 'An excellent match',
  good: 'A good match',
  fair: 'A fair match; blend or try a neighbour',
  poor: 'Not a close match',
};

function gradeText(grade: string | null, deltaE: number): string {
  return (grade && GRADE_TEXT[grade.toLowerCase()]) ?? closenessText(deltaE);
}

/** Foundation shade finder: shades nearest the measured skin colour. */
export function ShadeFinderPage() {
  useDocumentTitle('Foundation shade finder');
  const current = useAppSelector(selectCurrentAnalysis);
  const measured = current?.analysis.faces[0]?.skinHex ?? null;
  const [skin, setSkin] = useState(measured ?? '#c68863');
  const [brand, setBrand] = useState('');
  const [query, setQuery] = useState<{ hex: string; brand?: string } | null>(measured ? { hex: measured } : null);
  const { data, error, isFetching, refetch } = useMatchShadesQuery(query ?? { hex: '' }, { skip: !query });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const h = normalizeHex(skin);
    if (h) setQuery({ hex: h, brand: brand.trim() || undefined });
  };

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Make-up</p>
        <h1>Foundation shade finder</h1>
        <p className="lede">
          {measured
            ? 'We start from the skin colour measured in your photo. Adjust it if your skin looks different in daylight.'
            : 'Pick your skin colour, or find your colours first and we will use the measured value.'}
        </p>
      </header>
      <form className="card" onSubmit={submit}>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="sf-skin">Skin colour</label>
            <div className="row">
              <input id="sf-skin" type="color" value={skin} onChange={(e) => setSkin(e.target.value)} />
              <span className="mono">{skin}</span>
              {measured && skin !== measured && (
                <button type="button" className="btn btn--small btn--ghost" onClick={() => setSkin(measured)}>
                  Use my measured colour
                </button>
              )}
            </div>
            {!measured && (
              <span className="hint">
                <Link to="/analyze">Find my colours</Link> to measure it from a photo.
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor="sf-brand">Brand (optional)</label>
            <input id="sf-brand" type="text" value={brand} onChange={(e) => setBrand(e.target.value)} />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn--primary">
            Find my shade
          </button>
        </div>
      </form>
      <section className="section" aria-labelledby="sf-results" aria-busy={isFetching}>
        <h2 id="sf-results">Closest shades</h2>
        {!query ? (
          <p className="muted">Choose a skin colour above.</p>
        ) : isFetching && !data ? (
          <Loading label="Finding your shades…" />
        ) : error ? (
          <ErrorMessage error={error} onRetry={refetch} context="We could not find shades" />
        ) : data && data.brands.some((b) => b.shades.length) ? (
          <div className="stack-lg">
            {data.monkTone !== null && <p className="muted">This skin colour is closest to Monk tone {data.monkTone}. The closest shades of each brand:</p>}
            {data.brands
              .filter((b) => b.shades.length)
              .map((b) => (
                <section key={b.brand} aria-label={b.brand || 'Shades'}>
                  {b.brand && <h3>{b.brand}</h3>}
                  <ol className="shade-list">
                    {b.shades.map((s, i) => (
                      <li key={`${s.name}-${s.hex}`} className="shade" data-hex={s.hex}>
                        <span className="shade__chip" style={{ background: s.hex }} aria-hidden="true" />
                        <div>
                          <strong>
                            {i === 0 && <span className="verdict verdict--best">Closest</span>} {s.name}
                          </strong>
                          {s.productName && <div className="small">{s.productName}</div>}
                          <div className="small muted">
                            <span className="mono">{s.hex}</span>
                            {s.deltaE !== null ? ` · ${gradeText(s.grade, s.deltaE)} (ΔE ${s.deltaE.toFixed(1)})` : ''}
                          </div>
                        </div>
                        {s.productId && (
                          <Link className="btn btn--small" to={`/products/${encodeURIComponent(s.productId)}`}>
                            View<span className="visually-hidden"> {s.name}</span>
                          </Link>
                        )}
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
          </div>
        ) : (
          <div className="empty">
            <p>No shades found{query.brand ? ` from ${query.brand}` : ''}. Try without a brand.</p>
          </div>
        )}
      </section>
    </div>
  );
}
