import { useEffect, useState } from 'react';
import { useAppSelector } from '../../app/hooks';

export type AuthedImage = { status: 'idle' | 'loading' | 'error'; url: null } | { status: 'ok'; url: string };

/**
 * Loads an image that needs the access token (an <img> cannot send one) and returns an object URL,
 * released when the component goes away or the URL changes.
 */
export function useAuthedImage(src: string | null): AuthedImage {
  const token = useAppSelector((s) => s.auth.accessToken);
  const [state, setState] = useState<AuthedImage>({ status: 'idle', url: null });
  useEffect(() => {
    if (!src) {
      setState({ status: 'idle', url: null });
      return;
    }
    let objectUrl: string | null = null;
    const controller = new AbortController();
    setState({ status: 'loading', url: null });
    fetch(src, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal: controller.signal })
      .then(async (r) => {
        if (!r.ok) throw new Error(String(r.status));
        objectUrl = URL.createObjectURL(await r.blob());
        setState({ status: 'ok', url: objectUrl });
      })
      .catch((e) => {
        if (!controller.signal.aborted) setState({ status: 'error', url: null });
        return e;
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [src, token]);
  return state;
}
