import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
import { NOTIFICATIONS } from '../../test/fixtures';
import { toNotificationPage } from './notificationsApi';
import { InboxPage } from './InboxPage';
import { Toasts } from './Toasts';
import { notificationHref, socketProtocols, socketUrl, staleTags, useNotificationSocket } from './useNotificationSocket';

class FakeSocket {
  static instances: FakeSocket[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(
    public url: string,
    public protocols?: string[],
  ) {
    FakeSocket.instances.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  push(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
}

function SocketHost() {
  const status = useNotificationSocket();
  return (
    <>
      <p>socket: {status}</p>
      <Toasts />
    </>
  );
}

describe('notification socket', () => {
  beforeEach(() => {
    FakeSocket.instances = [];
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => vi.useRealTimers());

  it('connects with the access token and turns pushes into toasts', async () => {
    renderWithProviders(<SocketHost />, { preloadedState: signedInState('tok-1') });
    expect(FakeSocket.instances).toHaveLength(1);
    // The token goes in a subprotocol, not the URL.
    expect(FakeSocket.instances[0].url).toBe('ws://localhost:3000/ws/notifications');
    expect(FakeSocket.instances[0].protocols).toEqual(['aifashion.notifications.v1', 'bearer.tok-1']);
    act(() => FakeSocket.instances[0].open());
    expect(screen.getByText('socket: open')).toBeInTheDocument();
    // The greeting is not a notification.
    act(() => FakeSocket.instances[0].push({ id: null, type: 'connected', title: null, body: null, data: { unread: 2 }, createdAt: '2025-11-25T10:00:00Z' }));
    expect(document.querySelectorAll('.toast')).toHaveLength(0);
    // A pushed message has the inbox entry's shape, without readAt.
    const { readAt: _readAt, ...pushed } = NOTIFICATIONS.items[2];
    act(() => FakeSocket.instances[0].push(pushed));
    expect(screen.getByText("Your skin-tone analysis is ready")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View' })).toHaveAttribute('href', '/results/15610ba3-9b3b-4359-8571-c8a0abfd52c8');
  });

  it('does not connect for visitors', () => {
    renderWithProviders(<SocketHost />);
    expect(FakeSocket.instances).toHaveLength(0);
  });

  it('reconnects after the connection drops', async () => {
    vi.useFakeTimers();
    renderWithProviders(<SocketHost />, { preloadedState: signedInState('tok-1') });
    act(() => FakeSocket.instances[0].open());
    act(() => FakeSocket.instances[0].drop());
    expect(screen.getByText('socket: reconnecting')).toBeInTheDocument();
    await act(async () => {
      vi.advanceTimersByTime(1100);
    });
    expect(FakeSocket.instances).toHaveLength(2);
  });

  it('maps notification types to links and stale data', () => {
    expect(notificationHref({ type: 'palette-ready', data: {} })).toBe('/palette');
    expect(notificationHref({ type: 'recommendations-refreshed', data: {} })).toBe('/shop');
    expect(notificationHref({ type: 'password-reset', data: {} })).toBeNull();
    expect(staleTags('recommendations-refreshed')).toEqual(['Notification', 'Recommendation']);
    expect(staleTags('analysis-ready')).toEqual(['Notification', 'Analysis', 'Palette']);
    expect(socketUrl({ protocol: 'https:', host: 'shop.example' })).toBe('wss://shop.example/ws/notifications');
    expect(socketProtocols('t')).toEqual(['aifashion.notifications.v1', 'bearer.t']);
  });

  it('dismisses a toast', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SocketHost />, { preloadedState: signedInState('tok-1') });
    act(() => FakeSocket.instances[0].push({ id: 'n2', type: 'recommendations-refreshed', title: 'New picks for you', body: '17 products have been picked for you.', data: { count: 17, reason: 'palette' }, createdAt: '2026-11-25T15:26:39.400479Z' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss: New picks for you' }));
    expect(screen.queryByText('New picks for you')).not.toBeInTheDocument();
  });
});

describe('toNotificationPage', () => {
  it('reads entries, readAt, the unread count and the cursor', () => {
    const page = toNotificationPage(NOTIFICATIONS);
    expect(page.unread).toBe(4);
    expect(page.nextCursor).toBe(NOTIFICATIONS.nextCursor);
    expect(page.items).toHaveLength(3);
    expect(page.items[1]).toEqual({
      id: '26f5fdb9-affb-47f1-8729-e560bcb9c5ef',
      type: 'palette-ready',
      title: 'Your colour palette is ready',
      body: 'Your Soft Autumn palette has 24 colours to wear. See which shades flatter you most.',
      data: NOTIFICATIONS.items[1].data,
      createdAt: '2026-11-25T15:26:39.275716Z',
      readAt: null,
      read: false,
    });
    expect(toNotificationPage({ items: [{ ...NOTIFICATIONS.items[0], readAt: '2026-11-25T16:00:00Z' }], nextCursor: null, unreadCount: 0 }).items[0]).toMatchObject({ read: true, readAt: '2026-11-25T16:00:00Z' });
  });
});

describe('InboxPage', () => {
  it('lists notifications, marks one read optimistically and pages to older ones', async () => {
    const [analysis, palette, recs] = [NOTIFICATIONS.items[2], NOTIFICATIONS.items[1], NOTIFICATIONS.items[0]];
    const calls = mockFetch([
      {
        path: '/api/v1/notifications',
        reply: (_req, url) =>
          new Response(
            JSON.stringify(
              url.searchParams.get('cursor') === 'older'
                ? { items: [{ ...recs, id: 'old-1', title: 'Older picks', readAt: '2026-11-24T10:00:00Z' }], nextCursor: null, unreadCount: 1 }
                : { items: [analysis, { ...palette, readAt: '2026-11-25T15:30:00Z' }], nextCursor: 'older', unreadCount: 1 },
            ),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      },
      { method: 'POST', path: `/api/v1/notifications/${analysis.id}/read`, body: { ...analysis, readAt: '2026-11-25T15:31:00Z' } },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<InboxPage />, { preloadedState: signedInState() });
    expect(await screen.findByRole('link', { name: 'Your skin-tone analysis is ready' })).toHaveAttribute('href', `/results/${analysis.data.analysisId}`);
    expect(screen.getAllByRole('button', { name: /^Mark / })).toHaveLength(1);
    expect(calls[0].url.searchParams.get('limit')).toBe('20');
    await user.click(screen.getByRole('button', { name: 'Mark read: Your skin-tone analysis is ready' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Mark read/ })).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === `/api/v1/notifications/${analysis.id}/read`)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Show older notifications' }));
    expect(await screen.findByText('Older picks')).toBeInTheDocument();
    expect(calls.filter((c) => c.url.pathname === '/api/v1/notifications').at(-1)!.url.searchParams.get('cursor')).toBe('older');
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).not.toBeInTheDocument();
  });
});
