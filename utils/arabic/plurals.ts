import { lazy } from './lazy';
import { normalize } from './normalize';
import { stem } from './stem';

// Common broken plurals of Modern Standard Arabic and of the association's vocabulary, each with
// its singular. Written naturally; normalised and stemmed once, like everything else.
const PAIRS = `
دول دولة|مدن مدينة|حروب حرب|ملوك ملك|أعمال عمل|كتب كتاب|أيام يوم|بلدان بلد|شعوب شعب|أنهار نهر|جبال جبل|بحار بحر
قرون قرن|علماء عالم|أمراء أمير|خلفاء خليفة|وزراء وزير|رؤساء رئيس|أطفال طفل|رجال رجل|نساء امرأة|أسر أسرة|أبناء ابن
بنات بنت|إخوة أخ|آباء أب|أمهات أم|أحياء حي|أسماء اسم|ألوان لون|أشكال شكل|أنواع نوع|أقسام قسم|أجزاء جزء|أصول أصل
فروع فرع|مكاتب مكتب|لوائح لائحة|أنظمة نظام|قوانين قانون|حقوق حق|واجبات واجب|شروط شرط|أوراق ورقة|وثائق وثيقة|طرق طريق
أهداف هدف|أعضاء عضو|مجالس مجلس|لجان لجنة|مشاريع مشروع|برامج برنامج|مراكز مركز|مواقع موقع|مناطق منطقة|مساجد مسجد
مدارس مدرسة|جامعات جامعة|علوم علم|فنون فن|آثار أثر|أحداث حدث|أسباب سبب|نتائج نتيجة|أسعار سعر|أموال مال|قرارات قرار
مسائل مسألة|مشاكل مشكلة|مشكلات مشكلة|أفكار فكرة|أخبار خبر|آراء رأي|أحكام حكم|أديان دين|أنبياء نبي|صحابة صحابي|قبائل قبيلة
جيوش جيش|معارك معركة|ثورات ثورة|عواصم عاصمة|قارات قارة|جزر جزيرة|حدود حد|أقاليم إقليم|سكان ساكن|لغات لغة|حروف حرف
كلمات كلمة|أرقام رقم|شهور شهر|أشهر شهر|سنين سنة|أعوام عام|فصول فصل|أبواب باب|مواد مادة|بنود بند|فقرات فقرة|خدمات خدمة
فئات فئة|أيتام يتيم|يتامى يتيم|أعمار عمر|أرامل أرملة|مطلقات مطلقة|أسئلة سؤال|أجوبة جواب|مواعيد موعد|زيارات زيارة|شكاوى شكوى|طلبات طلب|مراجعين مراجع
`;

/** Plural stem → singular stem (what the build works out once: see `./tables`). */
export function buildBrokenPlurals(): [string, string][] {
  return PAIRS.split(/[|\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const [plural, singular] = p.split(/\s+/) as [string, string];
      return [stem(normalize(plural)), stem(normalize(singular))] as [string, string];
    })
    .filter(([a, b]) => a !== b);
}
declare const __MURSHID_BROKEN_PLURALS__: [string, string][] | undefined;
export const brokenPlurals: () => ReadonlyMap<string, string> = lazy(
  () => new Map(typeof __MURSHID_BROKEN_PLURALS__ === 'undefined' ? buildBrokenPlurals() : __MURSHID_BROKEN_PLURALS__),
);

/** The stem a broken plural shares with its singular (unchanged for every other stem). */
export function foldPlural(s: string): string {
  return brokenPlurals().get(s) ?? s;
}
