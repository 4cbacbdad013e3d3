import Fuse, { type FuseGetFunction } from 'fuse.js';
import { fromArabizi, fromEnglishLayout, mayBeArabizi, mayBeWrongLayout, normalize, prefixesOf, tokenize } from '../arabic';
import type { Template } from './types';

/** Template fields through the one Arabic normaliser, as the query is (إفادة and افاده meet exactly). */
const normalizedField: FuseGetFunction<Template> = (template, path) => {
  const value = Fuse.config.getFn(template, path);
  return Array.isArray(value) ? value.map(normalize) : normalize(String(value ?? ''));
};

export interface TemplateSearchOptions {
  channel?: string | null;
  /** Template ids shown first, in this order (favourites, then recent). */
  first?: string[];
}

/**
 * fuse.js over short strings (title, shortcut, tags, then body) is what it is good at:
 * typo-tolerant lookup of a template by a few words.
 */
export function createTemplateSearch(templates: Template[]) {
  const fuse = new Fuse(templates, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'shortcut', weight: 3 },
      { name: 'tags', weight: 2 },
      { name: 'body', weight: 0.5 },
    ],
    getFn: normalizedField,
    ignoreLocation: true,
    threshold: 0.4,
  });
  // The words of titles, shortcuts and tags, for reading a query typed in Arabizi (esti2bal → استقبال).
  const words = new Set(templates.flatMap((t) => tokenize([t.title, t.shortcut ?? '', ...t.tags].join(' ')).map((w) => w.term)));
  const prefixes = prefixesOf([...words].flatMap((w) => [w, w.replace(/^ال/, '')]));
  const lookup = { hasPrefix: (p: string) => prefixes.has(p), isWord: (w: string) => words.has(w) || words.has(`ال${w}`) };
  const fromLatin = (text: string) =>
    tokenize(text)
      .map((t) => (mayBeArabizi(t.term) ? (fromArabizi(t.term, lookup, { limit: 1 })[0]?.word ?? t.term) : t.term))
      .join(' ');
  return (query: string, options: TemplateSearchOptions = {}): Template[] => {
    const inChannel = (t: Template) => !options.channel || t.channels.includes(options.channel);
    const typed = query.trim().replace(/^;/, '');
    const q = normalize(typed);
    if (q) {
      let found = fuse.search(q);
      // Nothing found for Latin letters: the keyboard may have been left on English (hsjghl →
      // استلام), or the words are Arabizi (esti2bal → استقبال).
      if (found.length === 0 && mayBeWrongLayout(typed)) {
        found = fuse.search(normalize(fromEnglishLayout(typed)));
        if (found.length === 0) found = fuse.search(fromLatin(typed));
      }
      return found.map((r) => r.item).filter(inChannel);
    }
    const order = options.first ?? [];
    const rank = (t: Template) => {
      const i = order.indexOf(t.id);
      return i < 0 ? order.length : i;
    };
    return templates.filter(inChannel).sort((a, b) => rank(a) - rank(b));
  };
}
