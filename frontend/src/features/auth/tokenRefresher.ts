import { SingleFlight } from '../../shared/lib/singleFlight';

/** How an exchange of the refresh token ended. */
export type RefreshOutcome =
  /** New tokens were received (and put in the store by the exchange). */
  | 'renewed'
  /** The auth service said no (revoked, reused, expired): the session is over. */
  | 'rejected'
  /** No answer worth acting on (network, 5xx, the page is being left): keep the session as it is. */
  | 'unavailable';

/** Presents one refresh token to the auth service and applies the answer. */
export type RefreshExchange = (refreshToken: string) => Promise<RefreshOutcome>;

/** The part of the Web Locks API (https://w3c.github.io/web-locks/) used here. */
export interface ExclusiveLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface TokenRefresherOptions {
  /** Web Locks of this origin, shared by every page and tab; null where the browser has none. */
  locks: ExclusiveLocks | null;
  /** Where this tab keeps its current refresh token (sessionStorage); null where there is none. */
  tabStorage: Pick<Storage, 'getItem'> | null;
  storageKey: string;
}

/** The Web Lock held around every exchange, by every page of this origin. */
export const REFRESH_LOCK = 'aifashion.token-refresh';

/**
 * Coordinates refresh-token exchanges. Refresh tokens are single-use: the auth service rotates them
 * and answers a second presentation of the same token with `refresh-token-reused`, ending the
 * session everywhere (docs/security.md "Tokens"). So:
 *
 * - within a page, callers presenting the same token share one exchange and its outcome (single
 *   flight), however many requests saw a 401 at once;
 * - across pages of the origin (the page being replaced by a reload and the new one, other tabs),
 *   exchanges run one at a time under a Web Lock, and inside it the tab's storage is read again:
 *   when another page of this tab rotated the token meanwhile, its successor is presented instead;
 * - a page being left (`pagehide`) starts no exchange: the answer could never be stored, and the
 *   token it used up would leave the next page with a spent one.
 *
 * One per store (see app/store.ts): the state it keeps is this page's.
 */
export class TokenRefresher {
  private readonly flights = new SingleFlight<string, RefreshOutcome>();
  private leaving = false;

  constructor(private readonly options: TokenRefresherOptions) {}

  /**
   * Exchanges `refreshToken` (or the successor another page of this tab already received for it)
   * through `exchange`, unless an exchange of the same token is running: then shares its outcome.
   */
  refresh(refreshToken: string, exchange: RefreshExchange): Promise<RefreshOutcome> {
    if (this.leaving) return Promise.resolve('unavailable');
    return this.flights.run(refreshToken, () => this.exclusive(() => (this.leaving ? Promise.resolve('unavailable' as const) : exchange(this.freshest(refreshToken)))));
  }

  /** True while an exchange of this page runs. */
  busy(): boolean {
    return this.flights.busy();
  }

  /** Resolves when no exchange of this page runs (requests wait for it before using the access token). */
  idle(): Promise<void> {
    return this.flights.idle();
  }

  /** Listens for the page being left (and brought back from the back/forward cache). Returns the unsubscribe. */
  watch(page: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const hide = () => {
      this.leaving = true;
    };
    const show = () => {
      this.leaving = false;
    };
    page.addEventListener('pagehide', hide);
    page.addEventListener('pageshow', show);
    return () => {
      page.removeEventListener('pagehide', hide);
      page.removeEventListener('pageshow', show);
    };
  }

  private exclusive(task: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> {
    return this.options.locks ? this.options.locks.request(REFRESH_LOCK, task) : task();
  }

  /** The tab's current refresh token when another page of the tab rotated ours, else ours. */
  private freshest(refreshToken: string): string {
    try {
      return this.options.tabStorage?.getItem(this.options.storageKey) ?? refreshToken;
    } catch {
      return refreshToken; // storage disabled: this page's token is all there is
    }
  }
}
