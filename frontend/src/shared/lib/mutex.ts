/** A minimal promise mutex (the token refresh must run once even when many requests see a 401). */
export class Mutex {
  private locked = false;
  private waiters: Array<() => void> = [];
  private unlockWaiters: Array<() => void> = [];

  isLocked(): boolean {
    return this.locked;
  }

  /** Resolves with a release function once the lock is held. */
  acquire(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = () => {
        this.locked = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.release();
        });
      };
      if (!this.locked) grant();
      else this.waiters.push(grant);
    });
  }

  /** Resolves when nobody holds the lock (immediately if nobody does). */
  waitForUnlock(): Promise<void> {
    if (!this.locked) return Promise.resolve();
    return new Promise((resolve) => this.unlockWaiters.push(resolve));
  }

  private release(): void {
    const next = this.waiters.shift();
    if (next) {
      next();
      return;
    }
    this.locked = false;
    const waiting = this.unlockWaiters;
    this.unlockWaiters = [];
    waiting.forEach((w) => w());
  }
}
