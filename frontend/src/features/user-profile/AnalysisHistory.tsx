import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { formatDate } from '../../shared/ui/format';
import { useDeleteAnalysisMutation, useListMyAnalysesQuery } from '../skin-analysis/analysisApi';

/** The person's saved analyses: open one, or delete it. */
export function AnalysisHistory() {
  const [cursor, setCursor] = useState<string | null>(null);
  const { data, error, isLoading, refetch, isFetching } = useListMyAnalysesQuery({ cursor, limit: 20 });
  const [remove, removal] = useDeleteAnalysisMutation();
  const [confirming, setConfirming] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Analysis history</h2>
      {isLoading ? (
        <Loading label="Loading your analyses…" />
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} context="We could not load your history" />
      ) : data && data.items.length ? (
        <>
          <ul className="history" aria-busy={isFetching}>
            {data.items.map((a) => (
              <li key={a.id} className="history__item" data-analysis-id={a.id}>
                <span className="swatch-dot" style={{ background: a.skinHex ?? 'transparent', width: '2.25rem', height: '2.25rem' }} aria-hidden="true" />
                <div>
                  <Link to={`/results/${encodeURIComponent(a.id)}`}>
                    {a.retake ? 'Photo needed a retake' : (a.season ?? 'Analysis')}
                    {a.monkTone !== null && !a.retake ? ` · Monk ${a.monkTone}` : ''}
                  </Link>
                  <div className="small muted">{formatDate(a.createdAt)}</div>
                </div>
                {confirming === a.id ? (
                  <div className="row" style={{ gap: '0.4rem' }}>
                    <button
                      type="button"
                      className="btn btn--small btn--danger"
                      onClick={async () => {
                        await remove(a.id);
                        setConfirming(null);
                      }}
                      disabled={removal.isLoading}
                    >
                      Delete
                    </button>
                    <button type="button" className="btn btn--small" onClick={() => setConfirming(null)}>
                      Keep
                    </button>
                  </div>
                ) : (
                  <button type="button" className="btn btn--small btn--ghost" onClick={() => setConfirming(a.id)} aria-label={`Delete the analysis from ${formatDate(a.createdAt) || a.id}`}>
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ul>
          {removal.error && <ErrorMessage error={removal.error} compact />}
          <div className="row" style={{ marginTop: '1rem' }}>
            {cursor && (
              <button type="button" className="btn btn--small" onClick={() => setCursor(null)}>
                Back to the newest
              </button>
            )}
            {data.nextCursor && (
              <button type="button" className="btn btn--small" onClick={() => setCursor(data.nextCursor)}>
                Older analyses
              </button>
            )}
          </div>
        </>
      ) : (
        <div className="empty">
          <p>No analyses saved yet.</p>
          <Link className="btn" to="/analyze">
            Find my colours
          </Link>
        </div>
      )}
    </section>
  );
}
