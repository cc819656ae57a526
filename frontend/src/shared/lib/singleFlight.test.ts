import { describe, expect, it } from 'vitest';
import { SingleFlight } from './singleFlight';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SingleFlight', () => {
  it('runs one task per key and gives every caller its outcome', async () => {
    const flights = new SingleFlight<string, string>();
    const gate = deferred<string>();
    let runs = 0;
    const task = () => {
      runs++;
      return gate.promise;
    };
    const calls = [flights.run('t1', task), flights.run('t1', task), flights.run('t1', task)];
    expect(flights.busy()).toBe(true);
    gate.resolve('done');
    expect(await Promise.all(calls)).toEqual(['done', 'done', 'done']);
    expect(runs).toBe(1);
    expect(flights.busy()).toBe(false);
  });

  it('runs tasks for different keys independently', async () => {
    const flights = new SingleFlight<string, string>();
    const [a, b] = await Promise.all([flights.run('a', async () => 'A'), flights.run('b', async () => 'B')]);
    expect([a, b]).toEqual(['A', 'B']);
  });

  it('forgets a settled task, so the next call runs again, also after a failure', async () => {
    const flights = new SingleFlight<string, number>();
    let runs = 0;
    await expect(flights.run('k', async () => {
      runs++;
      throw new Error('network');
    })).rejects.toThrow('network');
    expect(await flights.run('k', async () => ++runs)).toBe(2);
  });

  it('idle waits for running tasks, also ones started while waiting, and never rejects', async () => {
    const flights = new SingleFlight<string, string>();
    const first = deferred<string>();
    const second = deferred<string>();
    void flights.run('a', () => first.promise).catch(() => undefined);
    let idle = false;
    const waiting = flights.idle().then(() => (idle = true));
    void flights.run('b', () => second.promise);
    first.reject(new Error('gone'));
    await Promise.resolve();
    await Promise.resolve();
    expect(idle).toBe(false);
    second.resolve('ok');
    await waiting;
    expect(idle).toBe(true);
  });
});
