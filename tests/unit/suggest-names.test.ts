import { describe, expect, it } from 'vitest';
import { cleanMessage, extractValues } from '../../utils/suggest';

// Phrasings written for these tests (not the labelled fixtures): the name a message is signed with,
// and the words that stand where a name would and are not one. A wrong name in a reply that goes
// out in the association's name is worse than none.
const nameOf = (message: string) => extractValues(message, cleanMessage(message).signature).name;

describe('the name a message is signed with', () => {
  it.each<[string, string]>([
    ['متى تبدأ المقابلات؟\nابنتكم: لمى الشهري', 'لمى الشهري'],
    ['ابي اعرف وش المطلوب للتسجيل. اخوكم: بندر', 'بندر'],
    ['هل تقبلون متطوعين في رمضان؟\nالمتطوع: يزن بن خالد', 'يزن بن خالد'],
    ['وصلتني رسالة بالقبول.\nالمستفيدة: جواهر', 'جواهر'],
    ['أرجو إفادتي بموعد الزيارة.\nمقدم الطلب / سلطان المطيري', 'سلطان المطيري'],
    ['أرجو إفادتي بموعد الزيارة.\nمقدم الطلب: سلطان المطيري', 'سلطان المطيري'],
    ['الاسم: عهود الغامدي\nرقم الطلب: 88123\nابي اعرف وين وصل', 'عهود الغامدي'],
    ['ابي احدث رقمي\nالاسم: عهود الغامدي', 'عهود الغامدي'],
    ['Could you tell me which documents I still need? Name: Omar Al-Zahrani', 'Omar Al-Zahrani'],
    ['Is the parenting course free?\n— Dana', 'Dana'],
    ['متى يفتح التسجيل؟\n— رهف العمري', 'رهف العمري'],
    ['وصلتني الرسالة ويعطيكم العافية\nمع الشكر، منيرة', 'منيرة'],
    ['أرجو الإفادة.\nمع خالص التحية\nعادل الحربي', 'عادل الحربي'],
    ['Please advise on the next step.\nKind regards,\nYasser bin Fahad', 'Yasser bin Fahad'],
    ['Any update on my file? Cheers, Latifa', 'Latifa'],
    ['من: ريما القرني\nإلى: إدارة الجمعية\nأرفقت صك الطلاق', 'ريما القرني'],
    ["My father can't travel. I'm his daughter, Amal.", 'Amal'],
    ['بخصوص طلبي وين وصل؟\nام بدر 0561122334', 'ام بدر'],
    ['(ملخص مكالمة) المستفيدة ام فهد تسأل عن الموعد', 'ام فهد'],
  ])('%s → %s', (message, name) => {
    expect(nameOf(message)).toBe(name);
  });
});

describe("no name taken from words that are not the writer's name", () => {
  it.each<[string]>([
    ['الموظفة نورة ساعدتني كثير جزاها الله خير\nاختكم نورة'],
    ['اشكر الموظفة نورة على تعاملها الراقي'],
    ['Thanks to Noura from your team, she was great'],
    ['ابي اعرف متى الموعد\nالاسم: الموظف'],
    ['ابي اعرف متى الموعد\nالمستفيد: الرياض'],
    ['عندي سؤال عن التطوع\nالمتطوعة: ٣ بنات'],
    ['سلمت الاوراق امس\n— 12/11/2026'],
    ['سلمت الاوراق\n— الخميس الماضي'],
    ['عندي موعد\nمع الشكر، والتقدير'],
    ['ابي افيدكم اني سلمت الاوراق\nمع التحية\nبانتظار ردكم'],
    ['Is the office open Friday?\nBest regards,\nThe Family'],
    ['Is the office open?\nName: N/A'],
    ['When is my appointment?\nBest regards,\nCustomer'],
    ['ابي موعد للزيارة\n— حي النسيم'],
    ['Where do I hand in the papers?\nRegards,\nSent from Outlook'],
    ['Got the message. Thanks, Waiting for your reply'],
    ['اخوكم مراجع الفرع\nابي الموعد'],
    ['ابي اسجل ابني\nاخوكم في الله'],
    ['ابي رقم الموظفه\nمع الشكر، شكرا'],
    ['من: الرياض\nإلى: الجمعية\nطلب زيارة'],
    ['My son, Khalid, needs counselling. Can you help?'],
    ['Thank you, Noura!'],
    ['السلام عليكم\nمع الشكر، السلام عليكم'],
    ['ابي اشكر الباحثة هند على زيارتها\nمع الشكر، هند'],
    ['(ملخص مكالمة) ابن المستفيدة ام فهد يسأل عن الموعد'],
    // Found before: «معك حق», «معك رقم الطلب», «اسمي مكتوب غلط», «اخوكم في الله», «ابنكم البار», a place.
    ['والله معك حق بس ابي اعرف وين وصل الطلب'],
    ['معك رقم الطلب 4455؟'],
    ['اسمي مكتوب غلط بالطلب'],
    ['شكرا لكم\nابنكم البار'],
    ['وصلت الاوراق؟\nمن الرياض'],
    ['معاك الموظفه نوره'],
    ['شكرا، وصلت الرسالة'],
    ['ودي اشارك معكم متطوع في توزيع السلال'],
  ])('%s', (message) => {
    expect(nameOf(message)).toBeUndefined();
  });
});
