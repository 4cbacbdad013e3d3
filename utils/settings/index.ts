import { storage } from 'wxt/utils/storage';
import type { Lang } from '../i18n';

/** Interface language; Arabic unless the staff member chooses English. */
export const uiLanguage = storage.defineItem<Lang>('local:uiLanguage', { fallback: 'ar', version: 1 });

/** A lookup requested from outside the panel (context menu), picked up by an open panel. */
export interface PendingLookup {
  q: string;
  at: number;
}
export const pendingLookup = storage.defineItem<PendingLookup | null>('session:pendingLookup', { fallback: null });
