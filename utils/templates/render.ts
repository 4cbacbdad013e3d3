import type { Digits } from '../dates';
import { withDigits } from '../i18n/digits';
import { type PlaceholderName, scanTokens } from './placeholders';

export type Gender = 'm' | 'f' | 'p';
export type Values = Partial<Record<PlaceholderName, string>>;

/** What still has to be given before the text can go out: the form of address, or a placeholder's value. */
export type Missing = 'form' | PlaceholderName;

export interface Rendered {
  text: string;
  /** 'form' first when the body has gendered words and no form is chosen, then placeholders with no value yet. */
  missing: Missing[];
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

/** Whether a gendered spot reads differently by form (one whose forms are all alike asks for no choice). */
function formsDiffer(forms: readonly string[]): boolean {
  return new Set(forms).size > 1;
}

/** Whether the form of address changes the text: some `{{g:…}}` whose forms differ. */
export function hasAddressForms(body: string): boolean {
  return scanTokens(body).some((t) => t.kind === 'gender' && formsDiffer(t.forms ?? []));
}

/**
 * A gendered spot while no form is chosen: its forms side by side («أخي/أختي/الإخوة»), so the staff
 * member sees what the choice changes; spaced when a form is several words, each distinct form once.
 */
function allForms(forms: readonly string[]): string {
  const distinct = [...new Set(forms.map((f) => f.trim()))];
  return distinct.join(distinct.some((f) => /\s/.test(f)) ? ' / ' : '/');
}

/** How a value that is not known is left in the text, for the staff member to fill: «label». */
export function blankMark(label: string): string {
  return `«${label}»`;
}

/**
 * Interprets a template body (no eval: MV3 pages forbid it). Missing values are left as
 * «name» markers so the preview shows what still needs filling. With `digits`, the template's own
 * digits (a checklist's 1–5) follow the staff member's choice; values are inserted as given, a number
 * with a hyphen or plus isolated so it reads in its own order (`inOwnOrder`) — outside WhatsApp's
 * markers when the template wraps the placeholder in them. With `gender` null (no form chosen yet),
 * each gendered spot shows all its forms and 'form' is reported missing.
 */
export function renderTemplate(
  body: string,
  values: Values,
  gender: Gender | null,
  label: (name: PlaceholderName) => string = (n) => n,
  digits?: Digits,
): Rendered {
  const own = (s: string) => (digits ? withDigits(s, digits) : s);
  let text = '';
  let at = 0;
  const missing: Missing[] = [];
  for (const t of scanTokens(body)) {
    text += own(body.slice(at, t.index));
    at = t.index + t.raw.length;
    if (t.kind === 'gender') {
      const forms = t.forms ?? ['', '', ''];
      if (gender) text += own(forms[GENDER_INDEX[gender]] ?? '');
      else {
        if (formsDiffer(forms) && !missing.includes('form')) missing.unshift('form');
        text += own(allForms(forms));
      }
    } else if (t.kind === 'placeholder') {
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
        text += blankMark(label(name));
      }
    } else text += t.raw;
  }
  text += own(body.slice(at));
  return { text, missing };
}
