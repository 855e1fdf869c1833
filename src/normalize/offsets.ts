/**
 * Map from a normalized text back to the original input. Every normalized code
 * unit remembers the original range it came from, so a span of the normalized
 * text maps to [start of its first unit, end of its last unit) in the input: never
 * inside an HTML entity, a CRLF pair, an NFD cluster or a surrogate pair.
 *
 * Stored as segments, not per code unit: nearly all of a text is copied unchanged,
 * and two offsets per code unit cost more to write than the normalization itself.
 * A segment is either a copy (unit k maps to [from + k, from + k + 1)) or a
 * replacement (every unit maps to [from, to)).
 */
export interface MapSegments {
  /** Normalized offset where each segment begins, increasing from 0. */
  readonly start: Int32Array;
  /** Original offset of the segment's first unit (copy) or of the replaced range. */
  readonly from: Int32Array;
  /** End of the replaced range, or -1 for a copy. */
  readonly to: Int32Array;
}

export class OffsetMap {
  constructor(
    readonly originalLength: number,
    /** Length of the normalized text. */
    private readonly length: number,
    /** null for the identity map. */
    private readonly segments: MapSegments | null,
  ) {}

  /** True when no code unit of the input needed a look: the normalized text is the input. */
  get isIdentity(): boolean {
    return this.segments === null;
  }

  /** Original [start, end) of the normalized range [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number } {
    const seg = this.segments;
    if (seg === null) return { start, end };
    const n = this.length;
    if (n === 0) return { start: 0, end: 0 };
    if (end <= start) {
      const at = start < n ? startOf(seg, start) : this.originalLength;
      return { start: at, end: at };
    }
    return { start: startOf(seg, Math.min(start, n - 1)), end: endOf(seg, Math.min(end, n) - 1) };
  }
}

/** Original start of normalized unit k. */
function startOf(seg: MapSegments, k: number): number {
  const s = segmentOf(seg, k);
  const from = seg.from[s]!;
  return seg.to[s]! < 0 ? from + (k - seg.start[s]!) : from;
}

/** Original end of normalized unit k. */
function endOf(seg: MapSegments, k: number): number {
  const s = segmentOf(seg, k);
  const to = seg.to[s]!;
  return to < 0 ? seg.from[s]! + (k - seg.start[s]!) + 1 : to;
}

/** The last segment that begins at or before k. */
function segmentOf(seg: MapSegments, k: number): number {
  const starts = seg.start;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Segments of the map and pieces of the normalized text, filled in order. */
export class OffsetMapBuilder {
  private segStart = new Int32Array(64);
  private segFrom = new Int32Array(64);
  private segTo = new Int32Array(64);
  private segments = 0;
  private length = 0;
  private readonly chunks: string[] = [];

  private push(from: number, to: number): void {
    if (this.segments === this.segStart.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.segStart = grow(this.segStart);
      this.segFrom = grow(this.segFrom);
      this.segTo = grow(this.segTo);
    }
    this.segStart[this.segments] = this.length;
    this.segFrom[this.segments] = from;
    this.segTo[this.segments] = to;
    this.segments++;
  }

  /** Copy input[from, to) unchanged: each unit maps to itself. */
  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    const last = this.segments - 1;
    // A copy that continues the previous one extends it.
    const continues =
      last >= 0 &&
      this.segTo[last] === -1 &&
      this.segFrom[last]! + (this.length - this.segStart[last]!) === from;
    if (!continues) this.push(from, -1);
    this.length += to - from;
    this.chunks.push(input.slice(from, to));
  }

  /** Write `text`, every unit of which stands for the whole original range [from, to). */
  replace(text: string, from: number, to: number): void {
    if (text.length === 0) return;
    this.push(from, to);
    this.length += text.length;
    this.chunks.push(text);
  }

  finish(originalLength: number): { text: string; map: OffsetMap } {
    const k = this.segments;
    return {
      text: this.chunks.join(""),
      map: new OffsetMap(originalLength, this.length, {
        start: this.segStart.slice(0, k),
        from: this.segFrom.slice(0, k),
        to: this.segTo.slice(0, k),
      }),
    };
  }
}
