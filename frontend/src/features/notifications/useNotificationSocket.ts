import { useEffect, useState } from 'react';
import { api } from '../../app/api';
import { useAppDispatch, useAppSelector } from '../../app/hooks';
import { selectAccessToken } from '../auth/authSlice';
import { refreshNow } from '../auth/restoreSession';
import type { RootState } from '../../app/store';
import { useStore } from 'react-redux';
import { toNotification } from './notificationsApi';
import { toastAdded } from './toastSlice';
import type { AppNotification } from './types';

export type SocketStatus = 'off' | 'connecting' | 'open' | 'reconnecting';

/** Where a notification leads in the app, by its documented `type` (docs/api.md "Notifications"). */
export function notificationHref(n: Pick<AppNotification, 'type' | 'data'>): string | null {
  switch (n.type) {
    case 'analysis-ready': {
      const analysisId = typeof n.data.analysisId === 'string' ? n.data.analysisId : null;
      return analysisId ? `/results/${encodeURIComponent(analysisId)}` : null;
    }
    case 'palette-ready':
      return '/palette';
    case 'recommendations-refreshed':
      return '/shop';
    default:
      // `email-verification` and `password-reset` never carry their link (it travels by e-mail only).
      return null;
  }
}

type StaleTag = 'Notification' | 'Analysis' | 'Palette' | 'Recommendation';

/** The tags a pushed notification makes stale. */
export function staleTags(type: string): StaleTag[] {
  switch (type) {
    case 'analysis-ready':
      return ['Notification', 'Analysis', 'Palette'];
    case 'palette-ready':
      return ['Notification', 'Palette', 'Recommendation'];
    case 'recommendations-refreshed':
      return ['Notification', 'Recommendation'];
    default:
      return ['Notification'];
  }
}

export function socketUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${loc.host}/ws/notifications`;
}

/**
 * The token travels as a WebSocket subprotocol (`bearer.<jwt>`), which keeps it out of URLs and
 * access logs; the server selects `aifashion.notifications.v1` and never echoes the token.
 */
export function socketProtocols(token: string): string[] {
  return ['aifashion.notifications.v1', `bearer.${token}`];
}

const MAX_BACKOFF_MS = 30_000;

/**
 * Keeps a WebSocket to the notification service open while signed in: each pushed notification
 * becomes a toast and refreshes what it concerns. Reconnects with exponential back-off; a new
 * access token (after a refresh) reconnects with it.
 */
export function useNotificationSocket(): SocketStatus {
  const token = useAppSelector(selectAccessToken);
  const dispatch = useAppDispatch();
  const store = useStore<RootState>();
  const [status, setStatus] = useState<SocketStatus>('off');

  useEffect(() => {
    if (!token || typeof WebSocket === 'undefined') {
      setStatus('off');
      return;
    }
    let socket: WebSocket | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const connect = () => {
      setStatus(attempt === 0 ? 'connecting' : 'reconnecting');
      socket = new WebSocket(socketUrl(), socketProtocols(token));
      socket.onopen = () => {
        attempt = 0;
        setStatus('open');
      };
      socket.onmessage = (event) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(typeof event.data === 'string' ? event.data : '');
        } catch {
          return; // not a notification (e.g. a keep-alive)
        }
        const n = toNotification(parsed);
        if (n.type === 'connected') {
          // The greeting carries the unread count: bring the badge up to date.
          dispatch(api.util.invalidateTags(['Notification']));
          return;
        }
        if (!n.title && !n.body) return;
        dispatch(toastAdded({ id: n.id || undefined, title: n.title, body: n.body, href: notificationHref(n), tone: 'success' }));
        dispatch(api.util.invalidateTags(staleTags(n.type)));
      };
      socket.onclose = () => {
        if (stopped) return;
        // The server closes when the access token expires: renew it (the new token reconnects).
        const expiresAt = store.getState().auth.expiresAt;
        if (expiresAt !== null && expiresAt <= Date.now() + 10_000) {
          void dispatch(refreshNow());
          return;
        }
        attempt += 1;
        const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempt - 1, 5));
        setStatus('reconnecting');
        timer = setTimeout(connect, delay);
      };
    };
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (socket && socket.readyState <= 1) socket.close(1000, 'signed out or token renewed');
      setStatus('off');
    };
  }, [token, dispatch, store]);

  return status;
}
