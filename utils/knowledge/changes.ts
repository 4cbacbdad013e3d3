import type { Pack } from './types';

/** What staff last acknowledged, section by section ("doc#section" → text). */
export interface PackSnapshot {
  version: string;
  sections: Record<string, { docTitle: string; title: string; text: string }>;
}

export interface SectionChange {
  key: string;
  docTitle: string;
  title: string;
  before?: string;
  after?: string;
}

export interface PackChanges {
  added: SectionChange[];
  changed: SectionChange[];
  removed: SectionChange[];
}

export function snapshotOf(pack: Pack): PackSnapshot {
  const sections: PackSnapshot['sections'] = {};
  for (const d of pack.documents) for (const s of d.sections) sections[`${d.id}#${s.id}`] = { docTitle: d.title, title: s.title, text: s.text };
  return { version: pack.version, sections };
}

/** Sections added, changed (text or title) and removed between what was acknowledged and now. */
export function diffPack(before: PackSnapshot, after: PackSnapshot): PackChanges {
  const out: PackChanges = { added: [], changed: [], removed: [] };
  for (const [key, now] of Object.entries(after.sections)) {
    const old = before.sections[key];
    if (!old) out.added.push({ key, docTitle: now.docTitle, title: now.title, after: now.text });
    else if (old.text !== now.text || old.title !== now.title)
      out.changed.push({ key, docTitle: now.docTitle, title: now.title, before: old.text, after: now.text });
  }
  for (const [key, old] of Object.entries(before.sections)) {
    if (!after.sections[key]) out.removed.push({ key, docTitle: old.docTitle, title: old.title, before: old.text });
  }
  return out;
}

export function changeCount(c: PackChanges): number {
  return c.added.length + c.changed.length + c.removed.length;
}
