import type { HostRule, Template } from '../templates';
import type { PackIntent } from './intents';

export const DOCUMENT_KINDS = ['policy', 'bylaws', 'guide'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_STATUSES = ['official', 'sample'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface Localized {
  ar: string;
  en: string;
}

export interface Channel {
  id: string;
  label: Localized;
}

export interface Association {
  name: Localized;
  short: string;
  phone: string;
  email: string;
  website: string;
  city: string;
}

export interface Section {
  /** Stable id, unique within its document; also the URL anchor. */
  id: string;
  /** Heading text as written (without the `{#id}` marker). */
  title: string;
  /** Headings above this one (chapters), outermost first. */
  path: string[];
  /** Markdown body. */
  markdown: string;
  /** Plain text of the body, for search, snippets and citations. */
  text: string;
  /** 1-based line of the heading in the source file. */
  line: number;
  /** The heading was added by the pack's editors and is not in the document's own text. */
  editorial?: boolean;
}

export interface KnowledgeDocument {
  id: string;
  title: string;
  kind: DocumentKind;
  version: string;
  approved?: string;
  reviewed?: string;
  status: DocumentStatus;
  file: string;
  sections: Section[];
}

export interface Pack {
  id: string;
  version: string;
  association: Association;
  channels: Channel[];
  /** Lower-case English word → Arabic words, for English queries. */
  glossary: Record<string, string>;
  /** Groups of words staff use for the same thing (colloquial, plural, synonym). */
  synonyms: string[][];
  /** "document-id#section-id" → English words indexed with that section, for English queries. */
  keywords: Record<string, string>;
  documents: KnowledgeDocument[];
  templates: Template[];
  /** Message intents with their examples (optional in packs made before intents existed). */
  intents?: PackIntent[];
  topics: Channel[];
  hosts: Record<string, HostRule>;
}

export interface PackError {
  file: string;
  line: number;
  /** English, for the CLI and logs. */
  message: string;
  /** When set, the interface shows the message `packErr_<code>` with `args` in the user's language. */
  code?: string;
  args?: string[];
}

export interface PackFile {
  /** Path relative to the pack root, with forward slashes. */
  path: string;
  content: string;
}
