// The engine HTML-escapes the text around its <em> marks; these are all the entities it writes.
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * A search snippet with the matched words marked. The text is split on the engine's <em>
 * tags and rendered as React text, never as HTML.
 */
export function Highlight({ snippet }: { snippet: string }) {
  const parts = snippet.split(/<em>|<\/em>/).map(unescape);
  return (
    <span>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </span>
  );
}
