import { normalize } from '../arabic';
import { isNameLike, mentionedElsewhere, signedName } from './names';

/** What a message states, pre-filled into the template. Never guessed: only what is written. */
export interface StatedValues {
  request_number?: string;
  /** A date as written (digits in Latin), e.g. "3/5/1447" or "2025-10-12". */
  date?: string;
  /** A name the message gives for its writer. */
  name?: string;
}

// A number is a request number only when the words around it say so; a phone number or an ID is not.
const REQUEST_BEFORE =
  /(?:رقم\s*(?:ال)?طلب(?:ي|ه|ها|نا|كم|هم|ك)?|(?:ال)?طلب(?:ي|ه|ها|نا|كم|هم|ك)?\s*(?:ب?رقم|رقمه)?|للطلب|رقمه|رقم\s*المعامله|(?:ال)?معامله\s*رقم|request\s*(?:no\.?|number|num|#|id)?|application\s*(?:no\.?|number|#)?|ref(?:erence)?\s*(?:no\.?|number|#)?|(?:جاني|جاني|عطوني|اعطوني|وصلني|اخذت)\s+(?:ال)?رقم|rakam\s*(?:el|al)?\s*6alab|6alab\s*ra8am|ticket\s*(?:no\.?|#)?|ra[gqk8]a?m(?:ah|uh|o))\s*[:#-]?\s*[#(]?\s*$/i;
const REQUEST_AFTER = /^\s*(?:هو\s+)?(?:رقم\s*(?:ال)?طلب(?:ي)?)/;
const NUMBER = /#?(\d[\d-]{2,11}\d)/g;
const PHONE = /^(?:05\d{8}|9665\d{8}|\+?9665\d{8})$/;

const DATE_PATTERNS = [/(?<![\d/.-])(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/-]|\.\d)/g, /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?![\d/-]|\.\d)/g];
// A day and month alone («20/4») is a date only after a word that says so.
const SHORT_DATE = /(?:بتاريخ|تاريخ|يوم|في|امس|اليوم|on|dated|date|yesterday|today)\s+(\d{1,2})\/(\d{1,2})(?![\d/])/gi;

const validDayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

function findDate(text: string): { value: string; start: number; end: number } | undefined {
  for (const [i, re] of DATE_PATTERNS.entries()) {
    for (const m of text.matchAll(re)) {
      const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const ok = i === 0 ? validDayMonth(c, b) : validDayMonth(a, b) && (m[3] as string).length !== 3;
      if (ok) return { value: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
    }
  }
  for (const m of text.matchAll(SHORT_DATE)) {
    if (validDayMonth(Number(m[1]), Number(m[2]))) {
      const value = `${m[1]}/${m[2]}`;
      const start = (m.index ?? 0) + m[0].length - value.length;
      return { value, start, end: start + value.length };
    }
  }
  return undefined;
}

// «انا اسمي …», «معك ام فيصل», «انا ابو سلطان», «my name is …»: the name that follows. A kunya
// («ام», «ابو») is a name only with the word after it; alone it is never taken.
// «انا ام لاربع بنات» is a mother of four, not a kunya: a count or «children» after «ام»/«ابو» is not a name.
const NOT_KUNYA = String.raw`(?![لب]?(?:ثلاث|[اأ]ربع|خمس|ست|سبع|ثمان|تسع|عشر|[اإ]ثنين|ثنين|واحد|عيال|بنات|[اأ]ولاد|[اأ]طفال|طفل|[اأ]يتام)[هة]?(?:\s|$))`;
// A call summary's «(ملخص مكالمة) المستفيدة أم عبدالله تسأل…» names the beneficiary the same way.
const KUNYA_SAID = new RegExp(
  String.raw`(?:(?:^|\s)(?:اسمي|معك|معاك|معكم|معاكم|انا|أنا)|(?:^|[.!؟?،,():]\s*)المستفيد[ةه]?)\s+((?:[اأ]م|[اأ]بو)\s+${NOT_KUNYA}\p{L}{2,})`,
  'u',
);
const NAME_SAID = [
  KUNYA_SAID,
  /(?:^|\s)(?:اسمي|معك|معاك)\s+(?![اأ]م\s|[اأ]بو\s)(\p{L}{2,}(?:\s+(?:ال)\p{L}{2,})?)/u,
  /\b(?:my name is|this is)\s+([A-Z][a-z]+)/,
];
const KUNYA_ONLY = /^(?:[اأ]م|[اأ]بو)$/;

/** The values a message states: request number, date and name, each only when written. */
export function extractValues(message: string, signature?: string): StatedValues {
  const text = normalize(message).replace(/\s+/g, ' ');
  const out: StatedValues = {};
  const date = findDate(text);
  if (date) out.date = date.value;
  for (const m of text.matchAll(NUMBER)) {
    const num = m[1] as string;
    const start = m.index ?? 0;
    if (date && start < date.end && start + m[0].length > date.start) continue;
    if (PHONE.test(num.replace(/-/g, ''))) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(start + m[0].length, start + m[0].length + 20);
    if (REQUEST_BEFORE.test(before) || REQUEST_AFTER.test(after)) {
      out.request_number = num;
      break;
    }
  }
  const signed = [signature, signedName(message)].find((n) => n && isNameLike(n) && !mentionedElsewhere(message, n));
  const name = signed ?? NAME_SAID.map((re) => re.exec(message)?.[1]).find((n) => n && isNameLike(n));
  if (name && !KUNYA_ONLY.test(name)) out.name = name;
  return out;
}
