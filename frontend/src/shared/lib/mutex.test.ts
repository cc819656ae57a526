import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex';

describe('Mutex', () => {
  it('grants the lock to one holder at a time, in order', async () => {
    const m = new Mutex();
    const order: string[] = [];
    const r1 = await m.acquire();
    const second = m.acquire().then((r) => {
      order.push('second');
      r();
    });
    expect(m.isLocked()).toBe(true);
    order.push('first');
    r1();
    await second;
    expect(order).toEqual(['first', 'second']);
    expect(m.isLocked()).toBe(false);
  });

  it('waitForUnlock resolves once released', async () => {
    const m = new Mutex();
    const release = await m.acquire();
    let done = false;
    const w = m.waitForUnlock().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    release();
    await w;
    expect(done).toBe(true);
  });
});
