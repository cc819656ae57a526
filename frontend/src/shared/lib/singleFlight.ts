/**
 * Runs at most one task per key at a time: a caller arriving while the task for its key is running
 * gets that task's promise instead of starting another ("single flight"). The entry is forgotten
 * once the task settles, so the next call runs the task again.
 */
export class SingleFlight<K, V> {
  private readonly running = new Map<K, Promise<V>>();

  run(key: K, task: () => Promise<V>): Promise<V> {
    const current = this.running.get(key);
    if (current) return current;
    const flight = Promise.resolve()
      .then(task)
      .finally(() => {
        if (this.running.get(key) === flight) this.running.delete(key);
      });
    this.running.set(key, flight);
    return flight;
  }

  /** True while a task for some key is running. */
  busy(): boolean {
    return this.running.size > 0;
  }

  /** Resolves once no task is running (including tasks started while waiting); never rejects. */
  async idle(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running.values()]);
    }
  }
}
