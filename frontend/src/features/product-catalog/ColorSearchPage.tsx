import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { parseHexInput as normalizeHex } from '../../shared/lib/color';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { useGetSeasonPaletteQuery } from '../color-recommendations/colorApi';
import { selectCurrentAnalysis } from '../skin-analysis/analysisSlice';
import { useSearchByColorQuery } from './catalogApi';
import { ProductCard, ProductGridSkeleton } from './ProductCard';

export function closenessText(deltaE: number | null): string {
  if (deltaE === null) return '';
  if (deltaE < 2) return 'Practically the same colour';
  if (deltaE < 5) return 'Very close';
  if (deltaE < 10) return 'Close';
  return 'Similar family';
}

/** "Show me products near this colour": CIEDE2000 search in the catalogue. */
export function ColorSearchPage() {
  useDocumentTitle('Search by colour');
  const [params, setParams] = useSearchParams();
  const hex = normalizeHex(params.get('hex')) ?? null;
  const maxDeltaE = Number(params.get('maxDeltaE') ?? 12) || 12;
  const category = params.get('category') ?? '';
  const [pick, setPick] = useState(hex ?? '#1f4e79');
  const [tolerance, setTolerance] = useState(maxDeltaE);
  const [cat, setCat] = useState(category);
  const current = useAppSelector(selectCurrentAnalysis);
  const season = current?.analysis.faces[0]?.season?.id ?? null;
  const palette = useGetSeasonPaletteQuery(season ?? '', { skip: !season });
  const { data, error, isFetching, refetch } = useSearchByColorQuery({ hex: hex ?? '', maxDeltaE, limit: 24, category: category || undefined }, { skip: !hex });

  const search = (h: string) => {
    const next = new URLSearchParams({ hex: h, maxDeltaE: String(tolerance) });
    if (cat.trim()) next.set('category', cat.trim());
    setParams(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    search(pick);
  };

  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Shop</p>
        <h1>Search by colour</h1>
        <p className="lede">Pick a colour (from your palette, a photo you love, anywhere) and see the products closest to it.</p>
      </header>
      <form className="card" onSubmit={submit} role="search" aria-label="Search products by colour">
        <div className="grid-2">
          <div className="field">
            <label htmlFor="cs-color">Colour</label>
            <div className="row">
              <input id="cs-color" type="color" value={pick} onChange={(e) => setPick(e.target.value)} />
              <span className="mono">{pick}</span>
            </div>
          </div>
          <div className="field">
            <label htmlFor="cs-tolerance">How close: within ΔE {tolerance}</label>
            <input id="cs-tolerance" type="range" min={2} max={30} step={1} value={tolerance} onChange={(e) => setTolerance(Number(e.target.value))} aria-describedby="cs-tolerance-hint" />
            <span id="cs-tolerance-hint" className="hint">
              ΔE measures how different two colours look: under 2 you can barely tell them apart; 10 is clearly related; 20 and up is loosely similar.
            </span>
          </div>
          <div className="field">
            <label htmlFor="cs-category">Category (optional)</label>
            <input id="cs-category" type="text" value={cat} onChange={(e) => setCat(e.target.value)} />
          </div>
        </div>
        {palette.data && palette.data.wear.length > 0 && (
          <div className="field">
            <span className="label" id="cs-palette-label">
              From your palette
            </span>
            <div className="row" role="group" aria-labelledby="cs-palette-label">
              {[...palette.data.wear, ...palette.data.neutrals].slice(0, 10).map((c) => (
                <button
                  key={c.hex}
                  type="button"
                  className="btn btn--small"
                  onClick={() => {
                    setPick(c.hex);
                    search(c.hex);
                  }}
                >
                  <span className="swatch-dot" style={{ background: c.hex }} aria-hidden="true" /> {c.name ?? c.hex}
                </button>
              ))}
            </div>
          </div>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn--primary">
            Show products near this colour
          </button>
        </div>
      </form>

      <section className="section" aria-labelledby="cs-results" aria-busy={isFetching}>
        <h2 id="cs-results" className="row">
          {hex ? (
            <>
              Near <span className="swatch-dot" style={{ background: hex, width: '1.5rem', height: '1.5rem' }} aria-hidden="true" /> <span className="mono">{hex}</span>
            </>
          ) : (
            'Results'
          )}
        </h2>
        {!hex ? (
          <p className="muted">Choose a colour above to see matching products.</p>
        ) : isFetching && !data ? (
          <ProductGridSkeleton />
        ) : error ? (
          <ErrorMessage error={error} onRetry={refetch} context="We could not search by colour" />
        ) : data && data.hits.length ? (
          <ul className="product-grid" aria-label="Products near this colour">
            {data.hits.map((h) => (
              <li key={h.product.id}>
                <ProductCard
                  product={h.product}
                  reason={h.deltaE !== null ? `${closenessText(h.deltaE)} (ΔE ${h.deltaE.toFixed(1)})${h.matched?.name ? `: ${h.matched.name}` : ''}` : null}
                />
              </li>
            ))}
          </ul>
        ) : (
          <div className="empty">
            <p>No products this close to {hex}. Allow a wider difference (move the slider right) and search again.</p>
          </div>
        )}
      </section>
    </div>
  );
}
