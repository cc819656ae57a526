import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAppSelector } from '../../app/hooks';
import { Loading } from '../../shared/ui/Loading';
import { selectIsSignedIn, selectRestoring } from './authSlice';

/** Renders its children for signed-in people; sends everyone else to sign in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useAppSelector(selectIsSignedIn);
  const restoring = useAppSelector(selectRestoring);
  const location = useLocation();
  if (restoring) {
    return (
      <div className="page">
        <Loading label="Signing you back in…" />
      </div>
    );
  }
  if (!signedIn) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
