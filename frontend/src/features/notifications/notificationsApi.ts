import { api } from '../../app/api';
import { arr, num, obj, pick, str } from '../../shared/lib/json';
import type { AppNotification, NotificationPage } from './types';

export function toNotification(v: unknown): AppNotification {
  const o = obj(v);
  const readAt = o.readAt;
  const read = pick(o, 'read', 'seen');
  return {
    id: str(pick(o, 'id')) ?? '',
    type: str(pick(o, 'type', 'kind')) ?? 'message',
    title: str(pick(o, 'title', 'subject')) ?? '',
    body: str(pick(o, 'body', 'message', 'text')),
    data: obj(pick(o, 'data', 'payload')),
    createdAt: str(pick(o, 'createdAt', 'timestamp', 'sentAt')),
    read: typeof read === 'boolean' ? read : readAt !== undefined && readAt !== null,
  };
}

export function toNotificationPage(v: unknown): NotificationPage {
  const list = Array.isArray(v) ? v : arr(pick(obj(v), 'items', 'notifications', 'content'));
  const items = list.map(toNotification);
  const o = obj(v);
  return {
    items,
    unread: num(pick(o, 'unreadCount', 'unread')) ?? items.filter((n) => !n.read).length,
    nextCursor: str(pick(o, 'nextCursor', 'next')),
  };
}

export const notificationsApi = api.injectEndpoints({
  endpoints: (build) => ({
    listNotifications: build.query<NotificationPage, void>({
      query: () => ({ url: '/notifications', params: { limit: 50 } }),
      transformResponse: toNotificationPage,
      providesTags: ['Notification'],
    }),
    markNotificationRead: build.mutation<void, string>({
      query: (id) => ({ url: `/notifications/${encodeURIComponent(id)}/read`, method: 'POST' }),
      // Optimistic: the inbox and the badge update at once, and roll back if the call fails.
      async onQueryStarted(id, { dispatch, queryFulfilled }) {
        const patch = dispatch(
          notificationsApi.util.updateQueryData('listNotifications', undefined, (draft) => {
            const n = draft.items.find((i) => i.id === id);
            if (n && !n.read) {
              n.read = true;
              draft.unread = Math.max(0, draft.unread - 1);
            }
          }),
        );
        try {
          await queryFulfilled;
        } catch {
          patch.undo();
        }
      },
    }),
  }),
});

export const { useListNotificationsQuery, useMarkNotificationReadMutation } = notificationsApi;
