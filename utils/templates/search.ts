import Fuse, { type FuseGetFunction } from 'fuse.js';
import { fromEnglishLayout, mayBeWrongLayout, normalize } from '../arabic';
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
  return (query: string, options: TemplateSearchOptions = {}): Template[] => {
    const inChannel = (t: Template) => !options.channel || t.channels.includes(options.channel);
    const typed = query.trim().replace(/^;/, '');
    const q = normalize(typed);
    if (q) {
      let found = fuse.search(q);
      // Nothing found for Latin keys: the keyboard may have been left on English (hsjgl → استلم).
      if (found.length === 0 && mayBeWrongLayout(typed)) found = fuse.search(normalize(fromEnglishLayout(typed)));
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
