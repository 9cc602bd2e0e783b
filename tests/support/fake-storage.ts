/** An in-memory WebExtension storage (sync + local) with quotas and failure switches, for preferences tests. */
import type { StorageAreaLike, StorageChange, StorageLike } from '../../core/settings/preferences';

export class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  failGet = false;
  failSet = false;
  constructor(
    private readonly name: string,
    private readonly notify: (changes: Record<string, StorageChange>, area: string) => void,
    /** UTF-8 bytes allowed per item, key plus JSON value, as Chrome counts them (storage.sync allows 8192). */
    private readonly perItemQuota = Infinity,
  ) {}
  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    if (this.failGet) throw new Error(`${this.name} storage is unavailable`);
    const out: Record<string, unknown> = {};
    for (const k of keys ?? Object.keys(this.data)) if (k in this.data) out[k] = structuredClone(this.data[k]);
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failSet) throw new Error(`${this.name} storage is unavailable`);
    for (const [k, v] of Object.entries(items)) {
      if (new TextEncoder().encode(k + JSON.stringify(v)).length > this.perItemQuota) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const changes: Record<string, StorageChange> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: this.data[k], newValue: v };
      this.data[k] = structuredClone(v);
    }
    this.notify(changes, this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, StorageChange> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (k in this.data) changes[k] = { oldValue: this.data[k] };
      delete this.data[k];
    }
    if (Object.keys(changes).length) this.notify(changes, this.name);
  }
}

export function fakeStorage(options: { sync?: boolean } = {}): StorageLike & { sync?: FakeArea; local: FakeArea } {
  const listeners = new Set<(changes: Record<string, StorageChange>, area: string) => void>();
  const notify = (changes: Record<string, StorageChange>, area: string) => listeners.forEach((l) => l(changes, area));
  return {
    sync: options.sync === false ? undefined : new FakeArea('sync', notify, 8192),
    local: new FakeArea('local', notify),
    onChanged: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
  };
}
