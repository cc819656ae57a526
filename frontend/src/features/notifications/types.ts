/** Shapes of the notification service's API (docs/api.md "Notifications"), as the app uses them. */

/**
 * An inbox entry or WebSocket message: `{id, type, title, body, data, createdAt}` (inbox entries add
 * `readAt`). `type` is `analysis-ready`, `palette-ready`, `recommendations-refreshed`,
 * `email-verification` or `password-reset`; the socket's greeting is `connected`.
 */
export interface AppNotification {
  id: string;
  type: string;
  title: string;
  body: string | null;
  /** What a client acts on: `analysisId`, `skinHex`, `season`, `colors`, `count`, ... */
  data: Record<string, unknown>;
  createdAt: string | null;
  /** When it was marked read; null while unread. */
  readAt: string | null;
  read: boolean;
}

/** One page of `GET /notifications`: `{items, nextCursor, unreadCount}`. */
export interface NotificationPage {
  items: AppNotification[];
  /** Unread entries in the whole inbox (not just this page). */
  unread: number;
  /** Pass back as `cursor` for older entries; null on the last page. */
  nextCursor: string | null;
}

export interface Toast {
  id: string;
  title: string;
  body: string | null;
  /** Where "View" goes, if anywhere. */
  href: string | null;
  tone: 'info' | 'success' | 'error';
}
