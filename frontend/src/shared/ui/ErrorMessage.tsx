import type { FetchBaseQueryError } from '@reduxjs/toolkit/query';
import type { SerializedError } from '@reduxjs/toolkit';
import { friendlyError, type Problem } from '../api/problem';

interface Props {
  error: FetchBaseQueryError | SerializedError | Problem | undefined | null;
  /** Shown as "Try again" when the failure is worth retrying (or always when `alwaysRetry`). */
  onRetry?: () => void;
  alwaysRetry?: boolean;
  /** Overrides the generic title (e.g. "We could not load your palette"). */
  context?: string;
  compact?: boolean;
}

/** A failed request in plain words: what happened, what to do, field errors, and a retry. */
export function ErrorMessage({ error, onRetry, alwaysRetry, context, compact }: Props) {
  if (!error) return null;
  const f = friendlyError(error);
  return (
    <div className="alert alert--error" role="alert" data-problem={f.slug}>
      <p className="alert__title">{context ?? f.title}</p>
      <p>{context ? `${f.title}. ${f.message}` : f.message}</p>
      {f.fields.length > 0 && (
        <ul>
          {f.fields.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <strong>{e.field}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
      {!compact && f.traceId && <p className="small muted">Reference: <span className="mono">{f.traceId}</span></p>}
      {onRetry && (f.retryable || alwaysRetry) && (
        <div className="form-actions">
          <button type="button" className="btn btn--small" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
