import type { Segment } from '@/lib/search/snippet';

/** Text with the words that matched the search marked (React escapes everything). */
export function Highlighted({ segments }: { segments: Segment[] }) {
  // Each segment is keyed by where it starts in the text.
  const starts: number[] = [];
  let at = 0;
  for (const s of segments) {
    starts.push(at);
    at += s.text.length;
  }
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={starts[i]} className="rounded-sm bg-accent-soft px-0.5 font-semibold text-ink">
            {s.text}
          </mark>
        ) : (
          <span key={starts[i]}>{s.text}</span>
        ),
      )}
    </>
  );
}
