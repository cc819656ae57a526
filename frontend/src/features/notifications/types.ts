/** Shapes of the notification service's API (docs/api.md "Notifications"), as the app uses them. */

export interface AppNotification {
  id: string;
  /** e.g. `analysis-completed`, `palette-generated`, `recommendations-refreshed`. */
  type: string;
  title: string;
  body: string | null;
  data: Record<string, unknown>;
  createdAt: string | null;
  read: boolean;
}

export interface NotificationPage {
  items: AppNotification[];
  unread: number;
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
