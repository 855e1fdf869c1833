/**
 * Map from a normalized text back to the original input. Every normalized code
 * unit remembers the original range it came from, so a span of the normalized
 * text maps to [starts[s], ends[e - 1]) in the input: never inside an HTML entity,
 * a CRLF pair, an NFD cluster or a surrogate pair.
 */
export class OffsetMap {
  /** null when the normalized text is the input itself (the common fast path). */
  private readonly starts: Int32Array | null;
  private readonly ends: Int32Array | null;

  constructor(
    readonly originalLength: number,
    starts: Int32Array | null,
    ends: Int32Array | null,
  ) {
    this.starts = starts;
    this.ends = ends;
  }

  get isIdentity(): boolean {
    return this.starts === null;
  }

  /** Original [start, end) of the normalized range [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number } {
    if (this.starts === null || this.ends === null) return { start, end };
    const n = this.starts.length;
    if (n === 0) return { start: 0, end: 0 };
    if (end <= start) {
      const at = start < n ? this.starts[start]! : this.originalLength;
      return { start: at, end: at };
    }
    return { start: this.starts[Math.min(start, n - 1)]!, end: this.ends[Math.min(end, n) - 1]! };
  }
}

/** Growable pair of offset arrays, filled while the normalized text is written. */
export class OffsetMapBuilder {
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private readonly chunks: string[] = [];

  constructor(capacityHint: number) {
    const cap = Math.max(16, capacityHint);
    this.starts = new Int32Array(cap);
    this.ends = new Int32Array(cap);
  }

  private ensure(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    let cap = this.starts.length * 2;
    while (cap < need) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(cap);
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }

  /** Copy input[from, to) unchanged: each unit maps to itself. */
  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    const n = to - from;
    this.ensure(n);
    for (let k = 0; k < n; k++) {
      this.starts[this.length + k] = from + k;
      this.ends[this.length + k] = from + k + 1;
    }
    this.length += n;
    this.chunks.push(input.slice(from, to));
  }

  /** Write `text`, every unit of which stands for the whole original range [from, to). */
  replace(text: string, from: number, to: number): void {
    const n = text.length;
    if (n === 0) return;
    this.ensure(n);
    this.starts.fill(from, this.length, this.length + n);
    this.ends.fill(to, this.length, this.length + n);
    this.length += n;
    this.chunks.push(text);
  }

  finish(originalLength: number): { text: string; map: OffsetMap } {
    return {
      text: this.chunks.join(""),
      map: new OffsetMap(
        originalLength,
        this.starts.slice(0, this.length),
        this.ends.slice(0, this.length),
      ),
    };
  }
}
