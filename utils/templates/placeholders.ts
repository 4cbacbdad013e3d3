/** Every placeholder a template may use, and where its value comes from. */
export const PLACEHOLDERS = {
  beneficiary_name: 'form',
  request_number: 'form',
  letter_number: 'form',
  subject: 'form',
  missing_documents: 'form',
  citation: 'form',
  survey_link: 'profile',
  staff_name: 'profile',
  staff_title: 'profile',
  branch: 'profile',
  staff_honorific: 'profile',
  staff_signature: 'profile',
  association_name: 'pack',
  association_phone: 'pack',
  association_website: 'pack',
  today_hijri: 'date',
  today_gregorian: 'date',
  due_hijri: 'date',
  due_gregorian: 'date',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** `{{name}}` or a gender form `{{g:masculine|feminine|plural}}`. */
export const TOKEN = /\{\{\s*([^{}]+?)\s*\}\}/g;

export interface TemplateToken {
  raw: string;
  index: number;
  kind: 'placeholder' | 'gender' | 'invalid';
  name?: string;
  forms?: [string, string, string];
  error?: string;
}

export function scanTokens(body: string): TemplateToken[] {
  const out: TemplateToken[] = [];
  for (const m of body.matchAll(TOKEN)) {
    const inner = m[1] as string;
    const index = m.index ?? 0;
    if (inner.startsWith('g:')) {
      const forms = inner.slice(2).split('|');
      if (forms.length === 3 && forms.every((f) => f.trim() !== '')) out.push({ raw: m[0], index, kind: 'gender', forms: forms as [string, string, string] });
      else out.push({ raw: m[0], index, kind: 'invalid', error: `gender form "${m[0]}" needs three forms: masculine|feminine|plural` });
    } else if (isPlaceholder(inner)) out.push({ raw: m[0], index, kind: 'placeholder', name: inner });
    else out.push({ raw: m[0], index, kind: 'invalid', error: `unknown placeholder "${inner}"` });
  }
  return out;
}

/** Placeholder names a body uses, in order of first use. */
export function placeholdersOf(body: string): PlaceholderName[] {
  const names: PlaceholderName[] = [];
  for (const t of scanTokens(body)) if (t.kind === 'placeholder' && !names.includes(t.name as PlaceholderName)) names.push(t.name as PlaceholderName);
  return names;
}
