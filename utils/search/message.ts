import { normalize } from '../arabic';
import { analyze } from './analyze';

/**
 * A pasted message is not a question: its story (who wrote, what happened, the visit, the children)
 * carries more words than what it asks, and those words match other sections. `messageFocus` finds
 * the clauses that ask or request, so a search weighs them as the query and the rest as background.
 */
export interface MessageFocus {
  /** The clauses that ask (a question mark, a question word) or request («أبي أعرف»، «أرجو»). */
  ask: string;
  /** The other clauses: the story around the request. */
  rest: string;
}

/** Clauses: split at sentence ends, semicolons, commas and line breaks, and after a question mark (kept with its clause). */
const CLAUSE = /(?<=[?؟])|[.!;؛,،\n]+/u;
/** Question words, Standard and Gulf (normalised; with a leading و/ف they still ask: «وكم»، «وليش»). */
const QUESTION_WORDS = new Set('متي كيف هل اين كم لماذا ماذا وش ايش ليش شلون وين مين منو كيفيه فين امتي ليه when what how where why who which'.split(' '));
/** Verbs of wanting and asking that open a request: «أبي»، «أبغى»، «أريد»، «ودي»، «أرجو»، «ممكن»، «أتمنى». */
const REQUEST_WORDS = new Set('ابي ابغي ابغا نبي نبغي اريد نريد ودي ارجو نرجو ممكن اتمني نتمني ياليت ابا بغيت حبيت اسال نسال استفسر نستفسر'.split(' '));
/** Questions that greet («كيف حالكم؟»): they ask nothing a section answers. */
const COURTESY = /كيف (?:ال)?حال(?:كم|ك)?|كيفكم|كيفك|شلون(?:كم|ك)|how are you/giu;
/** A message is read this way from this many words and two clauses on… */
const MIN_WORDS = 20;
/** …when what it asks has this many content words. */
const MIN_ASK_WORDS = 3;

const asks = (raw: string): boolean => {
  const clause = normalize(raw).replace(COURTESY, ' ');
  // A clause asks about something when it names two things or more.
  if (analyze(clause).filter((t) => !t.stop).length < 2) return false;
  if (/[?؟]/.test(clause)) return true;
  return clause
    .toLowerCase()
    .split(/\s+/)
    .some((w) => {
      const bare = /^[وف]../.test(w) ? w.slice(1) : w;
      return QUESTION_WORDS.has(w) || REQUEST_WORDS.has(w) || QUESTION_WORDS.has(bare) || REQUEST_WORDS.has(bare);
    });
};

/**
 * For a long message (`MIN_WORDS` words or more in two clauses or more), its asking clauses and the
 * rest; null for a question or a message that asks nothing in particular (then all of it is the query).
 */
export function messageFocus(message: string): MessageFocus | null {
  if (message.trim().split(/\s+/).length < MIN_WORDS) return null;
  const clauses = message
    .split(CLAUSE)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return null;
  const ask = clauses.filter(asks);
  if (ask.length === 0 || ask.length === clauses.length) return null;
  const query = ask.join(' ');
  // «How can I sign up?» after a story about volunteering points back at the story: too few words of its own.
  if (analyze(query).filter((t) => !t.stop).length < MIN_ASK_WORDS) return null;
  return { ask: query, rest: clauses.filter((c) => !asks(c)).join(' ') };
}
