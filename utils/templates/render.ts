import type { Digits } from '../dates';
import { withDigits } from '../i18n/digits';
import { type PlaceholderName, scanTokens } from './placeholders';

export type Gender = 'm' | 'f' | 'p';
export type Values = Partial<Record<PlaceholderName, string>>;

export interface Rendered {
  text: string;
  /** Placeholders the body uses that have no value yet. */
  missing: PlaceholderName[];
}

const GENDER_INDEX: Record<Gender, number> = { m: 0, f: 1, p: 2 };

/** Digits joined by a hyphen or a plus, or a leading plus: a right-to-left line shows «1448-0231» as «0231-1448». */
const REORDERED = /[0-9\u0660-\u0669\u06f0-\u06f9][-+][0-9\u0660-\u0669\u06f0-\u06f9]|^\+[0-9\u0660-\u0669\u06f0-\u06f9]/;
const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;
/** WhatsApp's *bold*, _italic_ and ~strike~: a marker must touch the text it marks, not a direction isolate. */
const MARKS = '*_~';

/** A value typed left to right (a request number, a mobile) kept in its own order inside Arabic text (FSI … PDI). */
function inOwnOrder(value: string): string {
  return REORDERED.test(value) && !ARABIC_LETTER.test(value) ? `\u2068${value}\u2069` : value;
}

/**
 * Interprets a template body (no eval: MV3 pages forbid it). Missing values are left as
 * «name» markers so the preview shows what still needs filling. With `digits`, the template's own
 * digits (a checklist's 1–5) follow the staff member's choice; values are inserted as given, a number
 * with a hyphen or plus isolated so it reads in its own order (`inOwnOrder`) — outside WhatsApp's
 * markers when the template wraps the placeholder in them.
 */
export function renderTemplate(body: string, values: Values, gender: Gender, label: (name: PlaceholderName) => string = (n) => n, digits?: Digits): Rendered {
  const own = (s: string) => (digits ? withDigits(s, digits) : s);
  let text = '';
  let at = 0;
  const missing: PlaceholderName[] = [];
  for (const t of scanTokens(body)) {
    text += own(body.slice(at, t.index));
    at = t.index + t.raw.length;
    if (t.kind === 'gender') text += own(t.forms?.[GENDER_INDEX[gender]] ?? '');
    else if (t.kind === 'placeholder') {
      const name = t.name as PlaceholderName;
      const value = values[name]?.trim();
      if (value) {
        const isolated = inOwnOrder(value);
        const mark = body[t.index - 1];
        if (isolated !== value && mark && MARKS.includes(mark) && text.endsWith(mark) && body[at] === mark) {
          // `*{{request_number}}*`: the isolate goes around the markers, which stay next to the text.
          text = `${text.slice(0, -1)}\u2068${mark}${value}${mark}\u2069`;
          at += 1;
        } else text += isolated;
      } else {
        if (!missing.includes(name)) missing.push(name);
        text += `«${label(name)}»`;
      }
    } else text += t.raw;
  }
  text += own(body.slice(at));
  return { text, missing };
}
