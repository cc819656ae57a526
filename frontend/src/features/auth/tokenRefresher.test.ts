import { describe, expect, it } from 'vitest';
import { REFRESH_LOCK, TokenRefresher, type ExclusiveLocks, type RefreshOutcome } from './tokenRefresher';

const KEY = 'aifashion.refreshToken';

/** A FIFO exclusive lock with the Web Locks API's request() contract (jsdom has no navigator.locks). */
class FifoLocks implements ExclusiveLocks {
  readonly names: string[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    this.names.push(name);
    const run = this.tail.then(callback, callback);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** Stands for the auth service: rotates tokens and, like it, treats a second use of one as reuse. */
class RotatingTokens {
  readonly presented: string[] = [];
  private readonly spent = new Set<string>();
  private next = 2;

  exchange(storage: Map<string, string>, delayMs = 5) {
    return async (token: string): Promise<RefreshOutcome> => {
      this.presented.push(token);
      await new Promise((r) => setTimeout(r, delayMs));
      if (this.spent.has(token)) return 'rejected';
      this.spent.add(token);
      storage.set(KEY, `refresh-${this.next++}`);
      return 'renewed';
    };
  }
}

function tabStorage(initial: string) {
  const map = new Map([[KEY, initial]]);
  return { map, storage: { getItem: (k: string) => map.get(k) ?? null } };
}

describe('TokenRefresher', () => {
  it('shares one exchange among concurrent callers presenting the same token (single flight)', async () => {
    const tab = tabStorage('refresh-1');
    const server = new RotatingTokens();
    const refresher = new TokenRefresher({ locks: null, tabStorage: tab.storage, storageKey: KEY });
    const exchange = server.exchange(tab.map);

    const outcomes = await Promise.all([
      refresher.refresh('refresh-1', exchange),
      refresher.refresh('refresh-1', exchange),
      refresher.refresh('refresh-1', exchange),
    ]);

    expect(outcomes).toEqual(['renewed', 'renewed', 'renewed']);
    expect(server.presented).toEqual(['refresh-1']);
    expect(refresher.busy()).toBe(false);
  });

  it('lets pages of one tab take turns under the Web Lock, each presenting the tab’s latest token', async () => {
    // The page being replaced by a reload and the new page: one tab, one storage, two refreshers.
    const tab = tabStorage('refresh-1');
    const server = new RotatingTokens();
    const locks = new FifoLocks();
    const leavingPage = new TokenRefresher({ locks, tabStorage: tab.storage, storageKey: KEY });
    const newPage = new TokenRefresher({ locks, tabStorage: tab.storage, storageKey: KEY });

    const outcomes = await Promise.all([
      leavingPage.refresh('refresh-1', server.exchange(tab.map, 20)),
      newPage.refresh('refresh-1', server.exchange(tab.map)),
    ]);

    expect(outcomes).toEqual(['renewed', 'renewed']);
    expect(server.presented).toEqual(['refresh-1', 'refresh-2']);
    expect(locks.names).toEqual([REFRESH_LOCK, REFRESH_LOCK]);
  });

  it('starts no exchange once the page is being left, and again after it is shown from the cache', async () => {
    const tab = tabStorage('refresh-1');
    const server = new RotatingTokens();
    const refresher = new TokenRefresher({ locks: null, tabStorage: tab.storage, storageKey: KEY });
    const unwatch = refresher.watch(window);

    window.dispatchEvent(new Event('pagehide'));
    expect(await refresher.refresh('refresh-1', server.exchange(tab.map))).toBe('unavailable');
    expect(server.presented).toEqual([]);

    window.dispatchEvent(new Event('pageshow'));
    expect(await refresher.refresh('refresh-1', server.exchange(tab.map))).toBe('renewed');
    expect(server.presented).toEqual(['refresh-1']);
    unwatch();
  });
});
