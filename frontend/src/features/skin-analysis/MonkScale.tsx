import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Skeleton } from '../../shared/ui/Loading';
import { useGetMonkScaleQuery } from '../color-recommendations/colorApi';

/** The ten Monk Skin Tone swatches with the person's position marked. */
export function MonkScale({ tone }: { tone: number | null }) {
  const { data, error, isLoading, refetch } = useGetMonkScaleQuery();
  const rounded = tone === null ? null : Math.round(tone);
  return (
    <section aria-labelledby="monk-title" className="card">
      <h2 id="monk-title" className="h3">
        Monk Skin Tone scale
      </h2>
      <p className="muted small">
        A 10-shade scale designed to represent the full range of human skin tones.{' '}
        {rounded !== null && (
          <strong className="monk-position" style={{ color: 'var(--ink)' }}>
            Your skin is closest to tone {rounded} of 10.
          </strong>
        )}
      </p>
      {isLoading && <Skeleton height="5.5rem" />}
      {error && <ErrorMessage error={error} onRetry={refetch} context="We could not load the Monk scale" compact />}
      {data && (
        <ol className="monk" aria-label="Monk Skin Tone scale, lightest to deepest">
          {data.map((t) => (
            <li key={t.index} aria-current={t.index === rounded ? 'true' : undefined} data-monk={t.index}>
              <span className="monk__chip" style={{ background: t.hex }} title={`Monk ${t.index}: ${t.hex}`} />
              <span>
                <span className="visually-hidden">Tone </span>
                {t.index}
                {t.index === rounded && <span className="visually-hidden"> (yours)</span>}
              </span>
              {t.index === rounded ? <span className="monk__marker" aria-hidden="true" /> : <span style={{ height: 8 }} aria-hidden="true" />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
