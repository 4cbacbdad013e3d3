import type { PlaceholderName } from './placeholders';

export const TEMPLATE_PURPOSES = [
  'greeting',
  'received',
  'missing-documents',
  'answer',
  'survey',
  'closing',
  'script',
  'new-request',
  'status',
  'complaint',
  'volunteer',
  'thanks',
] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export interface Template {
  id: string;
  title: string;
  channels: string[];
  purpose: TemplatePurpose;
  shortcut?: string;
  tags: string[];
  body: string;
  placeholders: PlaceholderName[];
  /** The official section a stated time limit comes from, "document#section". */
  source?: string;
  file: string;
}
