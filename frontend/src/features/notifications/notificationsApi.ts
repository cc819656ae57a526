import { api } from '../../app/api';
import { arr, num, obj, str } from '../../shared/lib/json';
import type { AppNotification, NotificationPage } from './types';

/** Readers for docs/api.md "Notifications" (NotificationView / InboxView in the notification service). */
export function toNotification(v: unknown): AppNotification {
  const o = obj(v);
  const readAt = str(o.readAt);
  return {
    id: str(o.id) ?? '',
    type: str(o.type) ?? '',
    title: str(o.title) ?? '',
    body: str(o.body),
    data: obj(o.data),
    createdAt: str(o.createdAt),
    readAt,
    read: readAt !== null,
  };
}

export function toNotificationPage(v: unknown): NotificationPage {
  const o = obj(v);
  return { items: arr(o.items).map(toNotification), unread: num(o.unreadCount) ?? 0, nextCursor: str(o.nextCursor) };
}

/** Entries per page (the service allows 1–100). */
export const INBOX_PAGE_SIZE = 20;

export const notificationsApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** Newest first, a page at a time; older pages follow `nextCursor`. The first page's `unread` counts the whole inbox. */
    listNotifications: build.infiniteQuery<NotificationPage, void, string | null>({
      infiniteQueryOptions: {
        initialPageParam: null,
        getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      },
      query: ({ pageParam }) => ({ url: '/notifications', params: { limit: INBOX_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }),
      transformResponse: toNotificationPage,
      providesTags: ['Notification'],
    }),
    /** Answers the entry with its `readAt` (the first one, if it was read before). */
    markNotificationRead: build.mutation<AppNotification, string>({
      query: (id) => ({ url: `/notifications/${encodeURIComponent(id)}/read`, method: 'POST' }),
      transformResponse: toNotification,
      // Optimistic: the inbox and the badge update at once, and roll back if the call fails.
      async onQueryStarted(id, { dispatch, queryFulfilled }) {
        const patch = dispatch(
          notificationsApi.util.updateQueryData('listNotifications', undefined, (draft) => {
            const n = draft.pages.flatMap((p) => p.items).find((i) => i.id === id);
            if (n && !n.read) {
              n.read = true;
              n.readAt = new Date().toISOString();
              for (const p of draft.pages) p.unread = Math.max(0, p.unread - 1);
            }
          }),
        );
        try {
          const { data } = await queryFulfilled;
          // The server's readAt is the one that counts.
          dispatch(
            notificationsApi.util.updateQueryData('listNotifications', undefined, (draft) => {
              const n = draft.pages.flatMap((p) => p.items).find((i) => i.id === id);
              if (n) n.readAt = data.readAt;
            }),
          );
        } catch {
          patch.undo();
        }
      },
    }),
  }),
});

export const { useListNotificationsInfiniteQuery, useMarkNotificationReadMutation } = notificationsApi;
