import { retakeGuidance } from './retakeGuidance';
import type { RetakeReason } from './types';

interface Props {
  reason: RetakeReason;
  detail?: string | null;
  photoUrl?: string | null;
  onRetake: () => void;
}

/** A `retake` answer explained: what went wrong, why it matters, what to change. */
export function RetakeAdvice({ reason, detail, photoUrl, onRetake }: Props) {
  const g = retakeGuidance(reason);
  return (
    <section className="card" aria-labelledby="retake-title" data-retake={reason}>
      <div className="grid-2">
        {photoUrl && (
          <div className="preview">
            <img src={photoUrl} alt="The photo that could not be used" />
          </div>
        )}
        <div>
          <p className="eyebrow">Let's try another photo</p>
          <h2 id="retake-title" tabIndex={-1}>
            {g.title}
          </h2>
          <p>{g.why}</p>
          {detail && <p className="muted small">{detail}</p>}
          <h3>What to change</h3>
          <ol className="tips">
            {g.steps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <div className="form-actions">
            <button type="button" className="btn btn--primary" onClick={onRetake}>
              Take or choose another photo
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
