import { storage } from 'wxt/utils/storage';
import type { Calendars, Digits } from '../dates';
import type { Lang } from '../i18n';
import type { PackFile, PackSnapshot } from '../knowledge';
import type { Interaction } from '../log';
import type { ConnectorConfig } from '../sync';
import type { Gender, StaffProfile, Values } from '../templates';

/** Interface language; Arabic unless the staff member chooses English. */
export const uiLanguage = storage.defineItem<Lang>('local:uiLanguage', { fallback: 'ar', version: 1 });

/** A lookup requested from outside the panel (context menu), picked up by an open panel. */
export interface PendingLookup {
  q: string;
  at: number;
}
export const pendingLookup = storage.defineItem<PendingLookup | null>('session:pendingLookup', { fallback: null });

/**
 * A beneficiary's message handed from the context menu to the panel for a suggestion: in session
 * storage (memory only) for the moment between the click and the panel reading it, then cleared.
 */
export const pendingSuggest = storage.defineItem<{ text: string; at: number } | null>('session:pendingSuggest', { fallback: null });

/** The staff member's details that fill templates (name, title, branch, survey link). */
export const staffProfile = storage.defineItem<StaffProfile>('local:staffProfile', {
  fallback: { name: '', title: '', branch: '', surveyLink: '' },
  version: 1,
});

export const favouriteTemplates = storage.defineItem<string[]>('local:favouriteTemplates', { fallback: [], version: 1 });
export const recentTemplates = storage.defineItem<string[]>('local:recentTemplates', { fallback: [], version: 1 });

/** The last citation copied in the panel, offered to "answer" templates. */
export const lastCitation = storage.defineItem<{ text: string; section: string } | null>('session:lastCitation', { fallback: null, version: 2 });

/** Days a record is kept before the automatic purge (see utils/log/retention; clamp before use). */
export const retentionDays = storage.defineItem<number>('local:retentionDays', { fallback: 180, version: 1 });

/**
 * The reply being written (channel, template, form of address, typed values), kept while the staff
 * member looks something up or reloads the panel. Session storage: it never reaches the disk.
 */
export interface ReplyDraft {
  channel: string;
  platform: string;
  templateId: string | null;
  /** null until the staff member chooses: a reply never starts in the masculine by default. */
  gender: Gender | null;
  values: Values;
}
export const replyDraft = storage.defineItem<ReplyDraft | null>('session:replyDraft', { fallback: null });

/** What the last automatic purge did, or why it failed (shown in the Log tab). */
export interface PurgeStatus {
  at: number;
  ok: boolean;
  error?: string;
  /** The earliest announced purge of undelivered records, if any wait. */
  nextExpiry?: number;
}
export const purgeStatus = storage.defineItem<PurgeStatus | null>('local:purgeStatus', { fallback: null, version: 1 });

/** A log entry started elsewhere (after inserting a template), opened by the Log tab. */
export const logDraft = storage.defineItem<Partial<Interaction> | null>('session:logDraft', { fallback: null });

/** Where interactions are delivered; the secret or API key stays in this browser's local storage. */
export const connectorSettings = storage.defineItem<ConnectorConfig | null>('local:connector', { fallback: null, version: 1 });

/** The last address a delivery succeeded to (a receiver answering CORS needs no host access). */
export const lastDelivered = storage.defineItem<{ endpoint: string; at: string } | null>('local:lastDelivered', { fallback: null, version: 1 });

/** Where an earlier version kept the imported pack's files (they now live in IndexedDB, see utils/pack/store). */
export const legacyImportedPack = storage.defineItem<PackFile[] | null>('local:importedPack', { fallback: null, version: 1 });
/**
 * A stamp of the imported pack's files (null = the pack bundled with the extension): small to
 * read and watch, written last on import and reset, and what the compiled copy is checked against.
 */
export const importedPackStamp = storage.defineItem<string | null>('local:importedPackStamp', { fallback: null, version: 1 });

/**
 * The pack in use before the last import or reset (files; null = the bundled pack), kept so the
 * admin can go back one step. In storage.local: the extension has unlimitedStorage.
 */
export const previousPack = storage.defineItem<{ files: PackFile[] | null; at: string; summary: string } | null>('local:previousPack', {
  fallback: null,
  version: 1,
});

/** Where an earlier version kept the sections staff last acknowledged (now in IndexedDB, see utils/pack/store). */
export const legacyPackSnapshot = storage.defineItem<PackSnapshot | null>('local:packSnapshot', { fallback: null, version: 1 });
/** The key of the pack staff last acknowledged: when it is the pack in use, nothing needs comparing. */
export const packAckKey = storage.defineItem<string | null>('local:packAckKey', { fallback: null, version: 1 });

/** The staff member's last searches (most recent first) and the sections they pinned. */
export const recentSearches = storage.defineItem<string[]>('local:recentSearches', { fallback: [], version: 1 });
export const pinnedSections = storage.defineItem<string[]>('local:pinnedSections', { fallback: [], version: 1 });

/** How numbers and dates are shown. */
export const digitsPref = storage.defineItem<Digits>('local:digits', { fallback: 'latn', version: 1 });
export const datesPref = storage.defineItem<Calendars>('local:dates', { fallback: 'both', version: 1 });

export { effective, type IgnoredPolicy, type ManagedSettings, readManaged, readManagedReport, validateManaged } from './managed';
export { policyReason } from './policyReasons';
export { ConnectorSchema, clampRetention, RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN } from './schema';
