import { type Catalog, entryText, type MessageKey } from '../../utils/i18n/core';

/**
 * The Arabic strings the side panel's first answer shows (`FirstScreen`: the header, the tabs, the
 * search box, the document filter, the count and the results). The build writes just these into the
 * first script (`__MURSHID_FIRST_MESSAGES__`, wxt.config.ts), so a `?q=` open does not parse the
 * whole catalog before its answer; the end-to-end test of the first answer fails on a string shown
 * as its key.
 */
export const FIRST_KEYS = [
  'extName',
  'languageToggle',
  'languageToggleLabel',
  'tabsLabel',
  'tabSearch',
  'tabReplies',
  'tabLog',
  'searchPlaceholder',
  'searchLabel',
  'clearSearch',
  'filterLabel',
  'filterAll',
  'kindPolicy',
  'kindBylaws',
  'kindGuide',
  'resultsLabel',
  'resultsCount_zero',
  'resultsCount_one',
  'resultsCount_two',
  'resultsCount_few',
  'resultsCount_many',
  'resultsCount_other',
  'sampleBadge',
] as const satisfies readonly MessageKey[];

/** The first answer's slice of a catalog, as text. */
export function firstMessages(catalog: Catalog): Record<string, string> {
  return Object.fromEntries(
    FIRST_KEYS.flatMap((k) => {
      const text = entryText(catalog[k]);
      return text === undefined ? [] : [[k, text]];
    }),
  );
}
