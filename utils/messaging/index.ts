import type { InsertResult } from '../insert';

/** Panel → background: insert rendered text into the page the staff member is working in. */
export interface InsertRequest {
  type: 'murshid:insert-request';
  text: string;
  /** The panel's own tab when it runs as a tab (tests, Firefox), so it is never the target. */
  excludeTabId?: number;
}

/** Background → content script. */
export interface InsertCommand {
  type: 'murshid:insert';
  text: string;
}

export interface InsertReply extends InsertResult {
  /** The page could not be reached (no permission, or a page that forbids scripts). */
  noAccess?: boolean;
  host?: string;
}

/** Panel → background: the active page's channel, when it may be read. */
export interface ActivePageRequest {
  type: 'murshid:active-page';
  excludeTabId?: number;
}

export interface ActivePageReply {
  url?: string;
}

/** Panel → background: the log changed (badge and reminders need a recount). */
export interface LogChanged {
  type: 'murshid:log-changed';
}

/** Options page → background: check the followed pack source now (the reply is the outcome). */
export interface PackCheckRequest {
  type: 'murshid:pack-check';
}

export type PanelMessage = InsertRequest | ActivePageRequest | LogChanged | PackCheckRequest;

export function isPanelMessage(m: unknown): m is PanelMessage {
  const t = (m as { type?: unknown } | null)?.type;
  return t === 'murshid:insert-request' || t === 'murshid:active-page' || t === 'murshid:log-changed' || t === 'murshid:pack-check';
}

/** The slice of `runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * A message from one of the extension's own pages (panel, options): sent by this extension from a
 * URL under `base` (runtime.getURL('/')), and, when it comes from a tab, from a tab that is itself
 * one of ours — never a content script or a frame inside a web page, whatever that page's scheme.
 */
export function isFromExtensionPage(sender: Sender, extensionId: string, base: string): boolean {
  if (sender.id !== extensionId || !sender.url?.startsWith(base)) return false;
  return !sender.tab || !!sender.tab.url?.startsWith(base);
}

export function isInsertCommand(m: unknown): m is InsertCommand {
  return (m as { type?: unknown } | null)?.type === 'murshid:insert' && typeof (m as InsertCommand).text === 'string';
}

/** Expander (in pages) → background: the template shortcuts, and one rendered. */
export interface ShortcutsRequest {
  type: 'murshid:shortcuts';
}
export interface ShortcutsReply {
  shortcuts: string[];
}
/** The forms of address a template is written in: masculine, feminine, plural (utils/templates' `Gender`). */
export type AddressForm = 'm' | 'f' | 'p';
export const ADDRESS_FORMS: readonly AddressForm[] = ['m', 'f', 'p'];
export interface ExpandRequest {
  type: 'murshid:expand';
  shortcut: string;
  /** The form the staff member chose; without it, a template with gender forms is not rendered (the reply asks). */
  form?: AddressForm;
}
/** What the expander shows while the staff member chooses: no template text, no beneficiary data. */
export interface FormChoice {
  lang: 'ar' | 'en';
  title: string;
  /** The names of the three forms, in `ADDRESS_FORMS` order, and the digits their keys are shown in. */
  labels: [string, string, string];
  keys: [string, string, string];
}
export interface ExpandReply {
  text?: string;
  /** The «label» blanks `text` leaves for the staff member to fill, as written in it (the first is selected once inserted). */
  blanks?: string[];
  /** The template has gender forms and no form was given: the staff member chooses first. */
  choose?: FormChoice;
}

export function isAddressForm(v: unknown): v is AddressForm {
  return typeof v === 'string' && (ADDRESS_FORMS as readonly string[]).includes(v);
}

export function isExpanderMessage(m: unknown): m is ShortcutsRequest | ExpandRequest {
  const t = (m as { type?: unknown } | null)?.type;
  if (t === 'murshid:shortcuts') return true;
  if (t !== 'murshid:expand' || typeof (m as ExpandRequest).shortcut !== 'string') return false;
  const form = (m as { form?: unknown }).form;
  return form === undefined || isAddressForm(form);
}
