import type { Snippet } from '../../utils/search';

/** Snippet text with its highlights as <mark>, ellipses where the text was cut. */
export function Highlighted({ snippet }: { snippet: Snippet }) {
  const parts = [];
  let at = 0;
  snippet.highlights.forEach((h, i) => {
    if (h.start > at) parts.push(snippet.text.slice(at, h.start));
    parts.push(<mark key={i}>{snippet.text.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return (
    <bdi>
      {snippet.before ? '… ' : ''}
      {parts}
      {snippet.after ? ' …' : ''}
    </bdi>
  );
}
