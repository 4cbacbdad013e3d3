import { lazy } from './lazy';
import { terms } from './tokenize';

// Saudi regions and cities beneficiaries name («انتقلت لجدة», «ساكن في الباحة»). A pack rarely
// writes them, so without this list a place would be taken for a typo of a pack word one letter
// away (الباحة → الباحث، جدة → جود، الدمام → إمام، ينبع → يتبع). Words that are also common
// nouns («المدينة», «الوجه») are left out: a word the pack knows is never corrected anyway.
const NAMES = `
الرياض جدة جده مكة المكرمة الدمام الخبر الظهران الأحساء الاحساء الهفوف المبرز الطائف تبوك بريدة عنيزة
الرس القصيم حائل أبها خميس مشيط عسير نجران جازان جيزان صبيا ينبع الجبيل القطيف حفر الباطن عرعر سكاكا
الجوف القريات الباحة بيشة الخرج المجمعة الزلفي الدوادمي القنفذة رابغ العلا ضباء تيماء طريف رفحاء شرورة
محايل النماص بلجرشي الليث الجموم خيبر الدرعية القويعية الدواسر الأفلاج شقراء عفيف المزاحمية الشرقية
`;

/** The names normalised (what the build works out once: see `./tables`). */
export function buildPlaces(): string[] {
  return terms(NAMES);
}
declare const __MURSHID_PLACES__: string[] | undefined;
const places = lazy(() => new Set(typeof __MURSHID_PLACES__ === 'undefined' ? buildPlaces() : __MURSHID_PLACES__));

/** A one-letter clitic before a place («لجدة», «بالرياض», «وأبها»), and «لل» for «ال» («للرياض»). */
const CLITIC = /^[وفبلك]/;

/** Whether a normalised word is a Saudi place name, with or without a one-letter clitic. */
export function isPlace(term: string): boolean {
  const known = places();
  if (known.has(term)) return true;
  if (term.startsWith('لل') && known.has(`ا${term.slice(1)}`)) return true;
  return CLITIC.test(term) && term.length > 3 && known.has(term.slice(1));
}
