import { buildDialectTable } from './dialect';
import { buildPlaces } from './places';
import { buildBrokenPlurals } from './plurals';
import { buildStopWords } from './stopwords';

/**
 * The Arabic word lists as pages use them — normalised and stemmed — worked out once by the build
 * (wxt.config.ts `define`) instead of on every page's first search, where they cost 10–30 ms
 * (more in a new renderer). The lists stay written naturally in their modules; a built page
 * carries only these tables (the bundler drops each list its table replaces). Node and the tests,
 * with no build, work each out on first use from the same functions.
 */
export function builtArabicTables(): Record<string, string> {
  return {
    __MURSHID_STOP_WORDS__: JSON.stringify(buildStopWords()),
    __MURSHID_BROKEN_PLURALS__: JSON.stringify(buildBrokenPlurals()),
    __MURSHID_DIALECT__: JSON.stringify(buildDialectTable()),
    __MURSHID_PLACES__: JSON.stringify(buildPlaces()),
  };
}
