import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockFetch, renderWithProviders, signedInState } from '../../test/utils';
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
    act(() => FakeSocket.instances[0].push({ id: 'n1', type: 'analysis-ready', title: 'Your analysis is ready', body: 'True Autumn', data: { analysisId: 'a-1' }, createdAt: '2025-11-25T10:00:00Z' }));
    expect(screen.getByText('Your analysis is ready')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'View' })).toHaveAttribute('href', '/results/a-1');
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
    expect(notificationHref({ type: 'palette-generated', data: {} })).toBe('/palette');
    expect(notificationHref({ type: 'recommendations-refreshed', data: {} })).toBe('/shop');
    expect(staleTags('recommendations-refreshed')).toContain('Recommendation');
    expect(socketUrl({ protocol: 'https:', host: 'shop.example' })).toBe('wss://shop.example/ws/notifications');
    expect(socketProtocols('t')).toEqual(['aifashion.notifications.v1', 'bearer.t']);
  });

  it('dismisses a toast', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SocketHost />, { preloadedState: signedInState('tok-1') });
    act(() => FakeSocket.instances[0].push({ id: 'n2', type: 'recommendations-refreshed', title: 'New picks for you' }));
    await user.click(screen.getByRole('button', { name: 'Dismiss: New picks for you' }));
    expect(screen.queryByText('New picks for you')).not.toBeInTheDocument();
  });
});

describe('InboxPage', () => {
  it('lists notifications and marks one read optimistically', async () => {
    const calls = mockFetch([
      {
        path: '/api/v1/notifications',
        body: {
          items: [
            { id: 'n1', type: 'analysis-ready', title: 'Your analysis is ready', body: 'True Autumn', readAt: null, createdAt: '2025-11-25T10:00:00Z', data: { analysisId: 'a-1' } },
            { id: 'n2', type: 'recommendations-refreshed', title: 'New picks', readAt: '2025-11-24T11:00:00Z', createdAt: '2025-11-24T10:00:00Z', data: {} },
          ],
          nextCursor: null,
          unreadCount: 1,
        },
      },
      { method: 'POST', path: '/api/v1/notifications/n1/read', body: { id: 'n1', readAt: '2025-11-25T11:00:00Z' } },
    ]);
    const user = userEvent.setup();
    renderWithProviders(<InboxPage />, { preloadedState: signedInState() });
    expect(await screen.findByRole('link', { name: 'Your analysis is ready' })).toHaveAttribute('href', '/results/a-1');
    expect(screen.getAllByRole('button', { name: /^Mark / })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Mark read: Your analysis is ready' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Mark "Your analysis is ready"/ })).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/v1/notifications/n1/read')).toBe(true);
  });
});
