import { lazy } from './lazy';
import { normalize } from './normalize';
import { PRESENT_PREFIXES, stem, wordForms } from './stem';

// Gulf (Saudi) colloquial words staff and beneficiaries type, with the standard Arabic that
// documents write for them: `colloquial… > standard…`, one meaning a line. Function words are left
// to the stop-word list; words a pack spells out itself belong in its synonym groups; a word that
// also means something else in standard Arabic is left out («يجيب» answers, «شيك» is a cheque,
// «تطبيق» an application of rules). Normalised and stemmed once, like everything else.
const LINES = `
بزران بزارين بزر جهال عيال > أطفال أولاد أبناء
حرمة حرمتي حرمته مرته مرتي > زوجة
رجلها رجالها > زوج
اخوي اخوه > أخ
شايب شيبان عجوز عجايز > كبار السن
يسوي اسوي نسوي تسوي > يعمل يقوم إجراء
يدور ادور دورت > يبحث
عجبني عجبتني عجبته يعجبني > رضا
اكلم يكلم نكلم كلمت > اتصال التواصل
يشيك اشيك تشييك > تحقق يتحقق
كنسل يكنسل الغي الغاء > إلغاء إغلاق
خلص خلصت > انتهى انتهت
جاب جبت جابوا > يحضر يقدم
يوديها اوديها وديت اودي > يقدم تسليم
عطني يعطي عطاني عطوني > يعطي يمنح
وايد واجد > كثير
زين > جيد
الحين دحين > الآن
دوام > عمل
بيزات فلوس مصاري > مال أموال مبلغ
احوال > الهوية الوطنية
اجار ايجار > إيجار
جواز > جواز السفر
اونلاين > إلكترونياً الموقع الإلكتروني
ابلكيشن > الموقع الإلكتروني
مستعجل عاجل > سرعة عاجل
متأخر تأخر تاخر > مدة تأخير
ملغي > إلغاء
غلط > خطأ صحيحة
مضبوط > صحيح
الاقي القى يلقى > أجد
ارجع يرجع رجعت ترجع > إعادة عودة
برا برى > خارج
طلع يطلع تطلع بيطلع > يصدر صدر
`;

/** Colloquial word and stem → standard words (what the build works out once: see `./tables`). */
export function buildDialectTable(): [string, string][] {
  const out = new Map<string, string>();
  for (const line of LINES.split('\n')) {
    const [from, to] = line.split('>').map((s) => s.trim());
    if (!from || !to) continue;
    for (const w of from.split(/\s+/)) {
      const n = normalize(w);
      out.set(n, to);
      if (!out.has(stem(n))) out.set(stem(n), to);
    }
  }
  return [...out];
}
declare const __MURSHID_DIALECT__: [string, string][] | undefined;

/** Colloquial word (normalised, as written or by its stem) → the standard words documents write. */
export const dialectTable: () => ReadonlyMap<string, string> = lazy(
  () => new Map(typeof __MURSHID_DIALECT__ === 'undefined' ? buildDialectTable() : __MURSHID_DIALECT__),
);

/**
 * The standard Arabic of a normalised colloquial word, by its surface form, its stem or its heavy
 * stem («اجيبه»), each also as the third person of a verb typed in another («اشيك» as «يشيك»).
 */
export function fromDialect(term: string): string | undefined {
  for (const w of wordForms(term)) {
    const dialect = dialectTable();
    const found = dialect.get(w) ?? (w.length >= 4 && PRESENT_PREFIXES.includes(w[0] as string) ? dialect.get(`ي${w.slice(1)}`) : undefined);
    if (found) return found;
  }
  return undefined;
}
