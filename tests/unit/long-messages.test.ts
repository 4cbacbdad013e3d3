import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../scripts/lib/pack-files';
import type { Pack } from '../../utils/knowledge';
import { createPackSearch } from '../../utils/search';
import { messageFocus } from '../../utils/search/message';

// Messages staff paste whole into the search: a story around one request. Each names its answering
// section's title; the panel's list (per document, 20% floor) must show it in the top 3.
const MESSAGES: [string, string][] = [
  [
    'الشكاوى والتظلمات',
    'السلام عليكم ورحمة الله وبركاته، أنا أم فهد مستفيدة عندكم من سنتين. قدمت طلب مساعدة في الإيجار قبل شهرين وجاني موظف للزيارة المنزلية وشاف البيت والعيال، وقال بيدرسون الحالة ويردون علي خلال أسبوع. من يومها أتصل كل يوم ولا أحد يرد، ولما رديتوا الموظف كلمني بأسلوب سيء جداً وقال لي لا تتصلين مرة ثانية. أنا ما طلبت إلا حقي وعيالي يدرسون ومحتاجين. أبي أعرف وين أشتكي على هالموظف وليش التأخير. وجزاكم الله خير',
  ],
  [
    'المدد الزمنية للرد والخدمة',
    'مساء الخير، أنا أبو سعد، قدمت طلبي عندكم في الفرع قبل ثلاث أسابيع وسلمت كل الأوراق المطلوبة صورة الهوية وصك الإعالة وتعريف الراتب، والموظف قال إن الطلب بيروح للجنة. إلى الآن ما وصلني أي رد ولا رسالة. متى يطلع قرار اللجنة وكم المدة اللي تاخذونها عادة للرد؟ وشكراً',
  ],
  [
    'المستندات المطلوبة لفتح ملف',
    'السلام عليكم، أختي أرملة وعندها أربعة أطفال وتبي تفتح ملف عندكم، بس ما تعرف وش الأوراق اللي لازم تجيبها معها. هل يكفي صورة الهوية وصك الوفاة ولا تحتاج شي ثاني مثل عقد الإيجار وفاتورة الكهرباء؟ ونبي نعرف هل لازم تجي بنفسها للفرع أو تقدر ترسلها أونلاين. الله يعطيكم العافية',
  ],
  [
    'التطوع في الجمعية',
    'مرحبا، أنا طالبة جامعية تخصص خدمة اجتماعية وعندي وقت فراغ أيام الخميس والجمعة، وحابة أشارك معكم في خدمة الأسر المحتاجة وأكتسب خبرة عملية. شفت إعلانكم في تويتر عن الزيارات والحملات. كيف أسجل متطوعة عندكم؟ وهل تعطون شهادة بساعات التطوع لأن الجامعة تطلبها؟ شكراً لكم',
  ],
  [
    'تحديث بيانات الملف',
    'السلام عليكم، احنا مسجلين عندكم من زمان والحمد لله الأمور ماشية، بس الشهر اللي فات انتقلنا لبيت جديد في حي ثاني وتغير رقم جوالي وزوجي تقاعد من شغله ونقص الراتب. كيف أحدث بياناتي في الملف عندكم؟ وهل لازم أجيب أوراق جديدة؟',
  ],
  [
    'الشكاوى والتظلمات',
    'مساء الخير، قدمت طلب مساعدة قبل شهر وجتني رسالة إن اللجنة رفضت الطلب بدون ما يوضحون السبب، مع إن وضعنا صعب وعندي ثلاثة أطفال في المدرسة والبيت إيجار. أبي أعرف كيف أتظلم من قرار اللجنة ولمين أرفع اعتراضي؟',
  ],
  [
    'المتابعة وقياس رضا المستفيد',
    'مرحبا، استلمت المساعدة الأسبوع الماضي والله يجزاكم خير، الموظفة كانت متعاونة والإجراءات كانت سريعة وما توقعت كذا. بس وصلتني رسالة فيها رابط استبيان وما فهمت وش هو. هل هذا منكم ووش الفايدة من الاستبيان؟',
  ],
];

describe('a long pasted message', () => {
  const { pack } = loadPackDir('knowledge');
  const search = createPackSearch(pack as Pack);

  it.each(MESSAGES)('ranks «%s» in the top 3', (title, message) => {
    const hits = search.search(message, { limit: 20, perDocument: true, minRelative: 0.2 });
    expect(
      hits.slice(0, 3).map((h) => h.section.title),
      hits.map((h) => h.section.title).join(' / '),
    ).toContain(title);
  });

  it('is read as what it asks, with the story as background', () => {
    const focus = messageFocus((MESSAGES[0] as [string, string])[1]);
    expect(focus?.ask).toContain('أبي أعرف وين أشتكي على هالموظف وليش التأخير');
    expect(focus?.ask).not.toContain('للزيارة المنزلية');
    expect(focus?.rest).toContain('للزيارة المنزلية');
  });

  it('leaves questions, short messages and asks that only point back at the story alone', () => {
    expect(messageFocus('متى يطلع قرار اللجنة وكم المدة اللي تاخذونها عادة للرد؟')).toBeNull();
    expect(messageFocus('قدمت طلب من اسبوعين وللحين ما احد رد علي، وش صار عليه؟')).toBeNull();
    expect(
      messageFocus("Hi, I am a retired teacher with free mornings and I would love to volunteer with your association's family programmes. How can I sign up?"),
    ).toBeNull();
    // A story with no question or request in it: nothing to focus on.
    expect(
      messageFocus('السلام عليكم، راجعت الفرع ثلاث مرات ولا احد خدمني، وكل مرة يقولون الموظف المختص مو موجود، وهذا شي ما يليق بجمعية مثلكم والله المستعان'),
    ).toBeNull();
  });
});
