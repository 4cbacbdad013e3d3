import { isPlace, isStopWord, normalize, normalizeWithMap } from '../arabic';
import { isCourtesyWord } from './clean';

// A name pre-filled in a reply the association sends: a wrong one is worse than none. A candidate is
// taken only in a form that says it is the writer's name, and only when every word can be a name.

// Words found where a name stands that are not names: roles and staff, family words, courtesy,
// time words, counts («ابنكم البار», «اخوكم في الله», «الاسم: الموظفة», «معك حق», «اسمي مكتوب غلط»).
const NOT_NAME_AR = new Set(
  `
الموظف الموظفه الموظفين الموظفات موظف موظفه الباحث الباحثه الاخصائي الاخصائيه المرشد المرشده المدير المديره
المشرف المشرفه متطوع متطوعه مستفيد مستفيده الاداره الجمعيه الفرع القسم المستفيد المستفيده المتطوع المتطوعه المواطن المواطنه المراجع المراجعه
مقدم مقدمه الطلب طلب رقم الاسم اسم الاستاذ الاستاذه الدكتور الدكتوره الشيخ السيد السيده الاخ الاخت ولي امر
الام الاب الوالد الوالده الابن البنت البار البار المخلص المخلصه المحب محبكم الداعي الفقير العبد
التحيه تحيه تحياتي التقدير الاحترام احترامي خالص فائق تقبلوا وتقبلوا بانتظار انتظار الرد ردكم بالتوفيق
حق مكتوب موجود مسجل ناقص غلط خطا صح مو مب ماهو طلع ظهر كامل الكامل ثلاثي الثلاثي رباعي الرباعي مطابق
اليوم امس بكره بكرا غدا الصبح العصر المغرب العشاء الليل الظهر السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه
واحد اثنين ثنين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثمان ثمانيه تسع تسعه عشر عشره
حي شارع طريق مدينه محافظه منطقه مركز مستشفي مدرسه جامعه مكتب
اطفال عيال بنات اولاد ايتام اسره عائله مريض مريضه محتاج محتاجه ارمله مطلقه
`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => normalize(w)),
);
const NOT_NAME_EN = new Set(
  `
regards best kind warm sincerely yours cheers respectfully thanks thank you please help urgent asap waiting salam hi hello
bye sir madam team god bless staff employee manager admin office branch association charity department beneficiary
volunteer applicant mother father son daughter brother sister family husband wife none unknown anonymous name from
riyadh jeddah jedda dammam makkah mecca madinah medina khobar taif abha tabuk qassim hail najran jazan saudi arabia ksa
customer client user guest parent guardian citizen resident patient widow student district street road city
center centre hospital school university sent
ok okay noted got will see sure yes no all everyone again so much
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow morning evening
january february march april may june july august september october november december
`
    .split(/\s+/)
    .filter(Boolean),
);
// «بن»/«bin» join a name's parts; «ام»/«ابو» open a kunya and are a name only with the word after them.
const JOIN_AR = new Set(['بن', 'بنت', 'ابن', 'ال']);
const KUNYA_AR = new Set(['ام', 'ابو']);
const JOIN_EN = /^(?:bin|bint|ibn|al|el|abu|um|umm|abd)$/i;
const LATIN_WORD = /^[A-Z][a-z']+(?:-[A-Z][a-z']+)*$/;
const ARABIC_WORD = /^\p{Script=Arabic}{2,}$/u;

function arabicWordOk(w: string): boolean {
  if (!ARABIC_WORD.test(w) || NOT_NAME_AR.has(w) || isStopWord(w) || isCourtesyWord(w) || isPlace(w)) return false;
  // «ردكم», «جهودكم», «بالتوفيق», «للجميع»: a pronoun or a preposition with «ال» is not in a name.
  return !(w.length > 3 && /(?:كم|كن|هم)$/.test(w)) && !/^(?:بال|لل|وال)/.test(w);
}

/** Whether a candidate (as written) can be a person's name: one script, 1–4 words, none of them a non-name. */
export function isNameLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  if (words.every((w) => /^[A-Za-z'-]+$/.test(w))) {
    const main = words.filter((w) => !JOIN_EN.test(w));
    if (main.length === 0 || main.length > 4 || !LATIN_WORD.test(words[words.length - 1] as string)) return false;
    return main.every(
      (w) =>
        LATIN_WORD.test(w) &&
        !w
          .toLowerCase()
          .split('-')
          .some((p) => NOT_NAME_EN.has(p)),
    );
  }
  const n = words.map((w) => normalize(w));
  const main = n.filter((w) => !JOIN_AR.has(w));
  if (main.length === 0 || main.length > 4 || JOIN_AR.has(n[n.length - 1] as string)) return false;
  if (KUNYA_AR.has(n[n.length - 1] as string)) return false;
  return main.every((w, i) => (KUNYA_AR.has(w) && i < main.length - 1) || arabicWordOk(w));
}

// Who signs: «ابنكم», «المتطوعة», «مقدم الطلب», «الاسم»… (normalised), with or without a colon.
const LEAD_AR = String.raw`(?:اخوكم|اخوك|اختكم|اختك|ابنكم|ابنك|ابنتكم|ابنتك|بنتكم|بنتك|المواطن|المواطنه|المستفيد|المستفيده|المتطوع|المتطوعه|مقدم(?:ه)? الطلب|مقدم(?:ه)?|المرسل(?:ه)?|المخلص(?:ه)?|الاسم(?: الكامل| الثلاثي| الرباعي)?|اسم (?:المستفيد(?:ه)?|مقدم(?:ه)? الطلب|المتطوع(?:ه)?))(?![\p{L}])`;
const LEAD_EN = String.raw`(?:name|full name|from|sender|applicant|volunteer|beneficiary)(?![\p{L}])`;
// A closing the signed name follows on the same line after a comma, or on the next line. Not «شكرا»:
// «شكرا، وصلت الرسالة» goes on with the message.
const CLOSING = `(?:thanks|many thanks|thanks again|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours sincerely|yours truly|respectfully|مع الشكر|مع خالص الشكر|مع الشكر والتقدير|مع التحيه|مع خالص التحيه|مع التقدير|مع خالص التقدير|تحياتي|ولكم الشكر|ولكم جزيل الشكر)`;

const SIGNED_LINE = [
  new RegExp(String.raw`^${LEAD_AR}\s*[:：/]?\s*(.+)$`, 'u'),
  new RegExp(String.raw`^${LEAD_EN}\s*:\s*(.+)$`, 'iu'),
  /^[-–—]+\s*(.+)$/u,
  /^((?:ام|ابو)\s+\S+)$/u,
];
// The same sign-off closing the last line's own sentence: «… اجتماعية. ابنكم: ماجد», "… hours? Name: Sara".
const SIGNED_TAIL = [
  new RegExp(String.raw`[.!؟?،,]\s*${LEAD_AR}\s*[:：/]?\s*(\S+(?:\s+\S+){0,5})$`, 'u'),
  new RegExp(String.raw`[.!؟?،,]\s*${LEAD_EN}\s*:\s*(\S+(?:\s+\S+){0,5})$`, 'iu'),
  new RegExp(String.raw`(?:^|[.!؟?،,]\s*)${CLOSING}\s*[,،]\s*(\S+(?:\s+\S+){0,5})$`, 'iu'),
];
const CLOSING_LINE = new RegExp(`^${CLOSING}[,،]?$`, 'iu');
// A form's field on a line of its own, wherever it stands: «الاسم: …», "Name: …".
const NAME_FIELD = /^(?:الاسم(?: الكامل| الثلاثي| الرباعي)?|(?:full )?name)\s*:\s*(.+)$/iu;
// A letter's header: «من: …» with «إلى: …» after it.
const HEADER_FROM = /^(?:من|from)\s*:\s*(.+)$/iu;
const HEADER_TO = /^(?:الي|to)\s*:/iu;
const PHONE_LINE = /^(?:(?:هاتف|جوال|جوالي|الجوال|تلفون|رقمي|رقم الجوال|phone|mobile|tel|cell)\s*[:：]?\s*)?\+?[\d\s-]{9,15}$/iu;
const TRAILING_PHONE = /\s+\+?\d[\d\s-]{8,14}$/u;
const EDGE = /^[\s.,،!؟?:;؛…"'«»()]+|(?:[\s.,،!؟?:;؛…"'«»()]|\p{Extended_Pictographic}|\u{FE0F})+$/gu;
// "I'm her son, Khalid": the writer names themself after saying who they are to the beneficiary.
const RELATION_EN =
  /\bI(?:'m|\s+am)\s+(?:her|his|their)\s+(?:son|daughter|brother|sister|husband|wife|nephew|niece|grandson|granddaughter)\s*,\s*([A-Z][a-z']+(?:\s+[A-Z][a-z'-]+)?)(?=[.,!]|\s*$|\s+\+?\d)/u;

interface Line {
  raw: string;
  norm: string;
  map: number[];
}

function line(raw: string): Line {
  const { text, map } = normalizeWithMap(raw);
  return { raw, norm: text, map };
}

/** The name group of a match at the end of the line, as the line writes it. */
function written(l: Line, m: RegExpExecArray): string {
  const group = m[1] as string;
  const end = (m.index ?? 0) + m[0].length;
  return l.raw.slice(l.map[end - group.length], l.map[end]).replace(EDGE, '');
}

function fromLast(lines: Line[]): string | undefined {
  const last = lines[lines.length - 1];
  if (!last) return undefined;
  for (const re of [...SIGNED_LINE, ...SIGNED_TAIL]) {
    const m = re.exec(last.norm);
    if (m) return written(last, m);
  }
  const before = lines[lines.length - 2];
  if (before && CLOSING_LINE.test(before.norm)) return last.raw.replace(EDGE, '');
  return undefined;
}

function fromHeader(lines: Line[]): string | undefined {
  const first = lines[0];
  const m = first ? HEADER_FROM.exec(first.norm) : null;
  if (first && m && lines.slice(1, 4).some((l) => HEADER_TO.test(l.norm))) return written(first, m);
  return undefined;
}

/**
 * The name a message is signed with, in a sign-off form («ابنكم: ماجد», «المتطوعة: هيفاء», «مقدم الطلب: …»,
 * «الاسم: …», "Name: …", «— ماجد العتيبي», «مع الشكر، ماجد», "Regards,\nAhmed Al-Shahri", «من: … / إلى: …»),
 * as written; undefined when the form holds no name.
 */
export function signedName(message: string): string | undefined {
  const lines = message
    .split(/\r?\n/)
    .map((raw) => line(raw.replace(EDGE, '')))
    .filter((l) => l.norm.trim());
  while (lines.length > 1 && PHONE_LINE.test((lines[lines.length - 1] as Line).norm)) lines.pop();
  const last = lines[lines.length - 1];
  // Cut where the number starts in the line as written (the normalised line reads every digit system).
  const phone = last ? TRAILING_PHONE.exec(last.norm) : null;
  if (last && phone) lines[lines.length - 1] = line(last.raw.slice(0, last.map[phone.index]));
  const field = lines.map((l) => ({ l, m: NAME_FIELD.exec(l.norm) })).find((f) => f.m);
  const candidates = [fromLast(lines), fromHeader(lines), field?.m && written(field.l, field.m), RELATION_EN.exec(message)?.[1]];
  return candidates.find((c): c is string => typeof c === 'string' && isNameLike(c));
}

/**
 * Whether the message names the signed name's person more than once («الموظفة نورة ساعدتني … اختكم نورة»):
 * the signature may then be the staff member's name, and is not taken.
 */
export function mentionedElsewhere(message: string, name: string): boolean {
  const key = normalize(name)
    .split(/\s+/)
    .find((w) => !KUNYA_AR.has(w) && !JOIN_AR.has(w) && !JOIN_EN.test(w));
  if (!key) return false;
  const word = new RegExp(String.raw`(?<![\p{L}])[وبل]?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`, 'gu');
  return [...normalize(message).matchAll(word)].length > 1;
}
