/**
 * A Vite plugin: the UI catalogs (`public/_locales/<lang>/messages.json`) imported by the pages'
 * code as `{ key: "message" }` rather than the browser's `{ key: { message, placeholders } }`:
 * the same strings in 8–9 KB less JavaScript per language (utils/i18n reads either form; the
 * manifest's copies are untouched).
 */
const CATALOG = /[\\/]public[\\/]_locales[\\/][a-z]{2}[\\/]messages\.json$/;

/** A catalog in the browser's form, flattened to its messages. */
export function flatCatalog(json: string): string {
  const catalog = JSON.parse(json) as Record<string, { message: string }>;
  return JSON.stringify(Object.fromEntries(Object.entries(catalog).map(([key, entry]) => [key, entry.message])));
}

export function flatCatalogs() {
  return {
    name: 'murshid:flat-catalogs',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return CATALOG.test(id) ? { code: flatCatalog(code), map: null } : null;
    },
  };
}
