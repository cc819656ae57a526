import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectToasts, toastDismissed } from './toastSlice';
import type { Toast } from './types';

const LIFETIME_MS = 7000;

function ToastItem({ toast }: { toast: Toast }) {
  const dispatch = useAppDispatch();
  const [paused, setPaused] = useState(false);
  const remaining = useRef(LIFETIME_MS);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const t = setTimeout(() => dispatch(toastDismissed(toast.id)), remaining.current);
    return () => {
      clearTimeout(t);
      remaining.current -= Date.now() - started;
    };
  }, [paused, dispatch, toast.id]);
  return (
    <div
      className="toast"
      data-tone={toast.tone}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast__title">{toast.title}</span>
      {(toast.body || toast.href) && (
        <span className="toast__body">
          {toast.body}
          {toast.href && (
            <>
              {' '}
              <Link to={toast.href} onClick={() => dispatch(toastDismissed(toast.id))}>
                View
              </Link>
            </>
          )}
        </span>
      )}
      <button type="button" onClick={() => dispatch(toastDismissed(toast.id))} aria-label={`Dismiss: ${toast.title}`}>
        ✕
      </button>
    </div>
  );
}

/** Live notifications. The region is always present so screen readers announce new toasts. */
export function Toasts() {
  const toasts = useAppSelector(selectToasts);
  return (
    <section className="toasts" aria-live="polite" aria-label="Notifications">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </section>
  );
}
