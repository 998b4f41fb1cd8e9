/**
 * Every rule describes its changes as edits on a string instead of returning a new string, so the
 * same rule works on plain text (a title) and on the text of a hast block that is split over many
 * text nodes (`Le <em>programme</em> !`): the edits are mapped back onto the nodes they fall in.
 */

/**
 * Replace `text` for the characters `[start, end)`; `start === end` inserts. An insertion at the
 * boundary between two nodes goes to the node that holds the character after it (`stick: 'after'`,
 * the default: a space before `!` stays with the `!`) or before it (`'before'`: a space after `«`
 * stays with the `«`).
 */
export type Edit = { start: number; end: number; text: string; stick?: 'before' | 'after' };

/** Applies non-overlapping edits to a string. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue; // overlapping: the first one wins
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Applies edits made on `segments.join('')` to the segments themselves. Segments flagged in
 * `opaque` (placeholders for code, images…) are never written to; an edit that would land in one
 * goes to the neighbouring text instead. Returns the new segments (same length, same order).
 */
export function applyEditsToSegments(segments: readonly string[], edits: readonly Edit[], opaque: readonly boolean[] = []): string[] {
  if (edits.length === 0) return [...segments];
  const starts: number[] = [];
  let total = 0;
  for (const s of segments) {
    starts.push(total);
    total += s.length;
  }
  const local: Edit[][] = segments.map(() => []);
  const writable = (i: number) => i >= 0 && i < segments.length && !opaque[i] && segments[i]!.length > 0;
  /** The segment that holds character `pos` (or -1). */
  const holding = (pos: number) => {
    if (pos < 0 || pos >= total) return -1;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    // Skip empty segments that share the start.
    while (lo < segments.length - 1 && segments[lo]!.length === 0) lo++;
    return lo;
  };
  const insertAt = (i: number, pos: number, text: string) => local[i]!.push({ start: pos - starts[i]!, end: pos - starts[i]!, text });

  for (const e of edits) {
    if (e.start === e.end) {
      const after = holding(e.start);
      const before = holding(e.start - 1);
      const order = e.stick === 'before' ? [before, after] : [after, before];
      const target = order.find(writable);
      if (target === undefined) continue;
      insertAt(target, target === after ? e.start : starts[target]! + segments[target]!.length, e.text);
      continue;
    }
    // A replacement: the first writable segment it touches takes the new text, the rest of the
    // range is deleted from the others. Rules only replace spaces and quote marks, never opaque text.
    let placed = false;
    for (let i = holding(e.start); i !== -1 && i < segments.length && starts[i]! < e.end; i++) {
      if (segments[i]!.length === 0) continue;
      if (opaque[i]) return [...segments]; // a malformed edit: leave the block as it was
      const from = Math.max(e.start, starts[i]!) - starts[i]!;
      const to = Math.min(e.end, starts[i]! + segments[i]!.length) - starts[i]!;
      local[i]!.push({ start: from, end: to, text: placed ? '' : e.text });
      placed = true;
    }
  }
  return segments.map((s, i) => applyEdits(s, local[i]!));
}
