/**
 * A fixed-capacity FIFO: pushing past capacity drops the oldest item, so a
 * series kept for an hour at one point a second costs the same memory forever.
 */
export class RingBuffer<T> {
  private readonly items: (T | undefined)[];
  private start = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be a positive integer');
    this.items = new Array<T | undefined>(capacity);
  }

  get length() {
    return this.size;
  }

  push(item: T) {
    const end = (this.start + this.size) % this.capacity;
    this.items[end] = item;
    if (this.size < this.capacity) this.size++;
    else this.start = (this.start + 1) % this.capacity;
  }

  /** The newest item, or undefined when empty. */
  last(): T | undefined {
    return this.size ? this.items[(this.start + this.size - 1) % this.capacity] : undefined;
  }

  /** Oldest first. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.items[(this.start + i) % this.capacity] as T);
    return out;
  }

  /** The items for which `keep` holds, oldest first (e.g. those inside a time range). */
  filter(keep: (item: T) => boolean): T[] {
    return this.toArray().filter(keep);
  }
}
