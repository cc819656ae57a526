import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { formatDate } from '../../shared/ui/format';
import { useDocumentTitle } from '../../shared/ui/useDocumentTitle';
import { useListNotificationsInfiniteQuery, useMarkNotificationReadMutation } from './notificationsApi';
import { notificationHref } from './useNotificationSocket';

export function InboxPage() {
  useDocumentTitle('Inbox');
  const { data: pages, error, isLoading, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useListNotificationsInfiniteQuery();
  const [markRead] = useMarkNotificationReadMutation();
  const data = pages ? { items: pages.pages.flatMap((p) => p.items), unread: pages.pages[0]?.unread ?? 0 } : undefined;
  const unread = data?.items.filter((n) => !n.read) ?? [];
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Notifications</p>
        <h1>Inbox</h1>
        <p className="lede">Finished analyses, new palettes and fresh picks.</p>
        {unread.length > 1 && (
          <button type="button" className="btn btn--small" onClick={() => unread.forEach((n) => void markRead(n.id))}>
            Mark all as read
          </button>
        )}
      </header>
      {isLoading ? (
        <Loading label="Loading your notifications…" />
      ) : error ? (
        <ErrorMessage error={error} onRetry={refetch} context="We could not load your inbox" />
      ) : data && data.items.length ? (
        <ul className="inbox" aria-label={`${data.unread} unread`}>
          {data.items.map((n) => {
            const href = notificationHref(n);
            return (
              <li key={n.id} className="inbox__item" data-unread={!n.read}>
                <span className="inbox__dot" aria-hidden="true" />
                <div>
                  <strong>
                    {!n.read && <span className="visually-hidden">Unread: </span>}
                    {href ? (
                      <Link to={href} onClick={() => !n.read && void markRead(n.id)}>
                        {n.title || 'Notification'}
                      </Link>
                    ) : (
                      n.title || 'Notification'
                    )}
                  </strong>
                  {n.body && <p style={{ margin: '0.2rem 0 0' }}>{n.body}</p>}
                  <div className="small muted">{formatDate(n.createdAt)}</div>
                </div>
                {!n.read && (
                  <button type="button" className="btn btn--small btn--ghost" onClick={() => void markRead(n.id)} aria-label={`Mark read: ${n.title}`}>
                    Mark read
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {data && data.items.length > 0 && hasNextPage && (
        <button type="button" className="btn btn--small section" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading…' : 'Show older notifications'}
        </button>
      )}
      {!isLoading && !error && data && data.items.length === 0 && (
        <div className="empty">
          <p>Nothing here yet. We will let you know when an analysis finishes or new picks arrive.</p>
        </div>
      )}
    </div>
  );
}
