/** Builds the panel URL for a search, e.g. `sidepanel.html?q=…` (the deep-link contract). */
export function panelPath(query?: string): string {
  const q = query?.trim();
  return q ? `sidepanel.html?q=${encodeURIComponent(q.slice(0, 200))}` : 'sidepanel.html';
}

/** Reads the query of a panel URL's search string. */
export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get('q')?.trim() ?? '';
}
