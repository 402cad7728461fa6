/**
 * A search snippet with the matched words marked. The engine wraps matches in <em>; the
 * text is split on those tags and rendered as React text, never as HTML.
 */
export function Highlight({ snippet }: { snippet: string }) {
  const parts = snippet.split(/<em>|<\/em>/);
  return (
    <span>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </span>
  );
}
