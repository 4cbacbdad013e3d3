import { browser } from 'wxt/browser';
import { isWeekend, toIsoDate } from '../dates';
import { countTranslator, formatNumber, translator } from '../i18n';
import { followUpState, openFollowUps, openLogDb, purgeDelivered } from '../log';
import { digitsPref, readManaged, retentionDays, uiLanguage } from '../settings';

/** The staff member's language and digits, policy values first. */
async function uiPrefs() {
  const managed = await readManaged();
  return { lang: managed.uiLanguage ?? (await uiLanguage.getValue()), digits: managed.digits ?? (await digitsPref.getValue()) };
}

export const ALARM_RECOUNT = 'murshid-recount';
export const ALARM_MORNING = 'murshid-morning';
const MORNING_HOUR = 8;

/** Counts open follow-ups (overdue, and due today or earlier). */
export async function countFollowUps(now = new Date()): Promise<{ overdue: number; dueToday: number }> {
  const db = await openLogDb();
  try {
    const today = toIsoDate(now);
    const open = await openFollowUps(db);
    return {
      overdue: open.filter((r) => followUpState(r, today) === 'overdue').length,
      dueToday: open.filter((r) => (r.follow_up?.due ?? '') <= today).length,
    };
  } finally {
    db.close();
  }
}

/** The toolbar badge shows how many follow-ups are overdue. */
export async function refreshBadge(now = new Date()): Promise<number> {
  const { overdue } = await countFollowUps(now);
  const { lang, digits } = await uiPrefs();
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setBadgeText({ text: overdue > 0 ? formatNumber(overdue, lang, digits) : '' });
  await browser.action.setTitle({ title: overdue > 0 ? countTranslator(lang, digits)('badgeTitle', overdue) : translator(lang, digits)('actionTitle') });
  return overdue;
}

/** The next working-day (Sunday–Thursday) morning at 08:00 after `now`. */
export function nextWorkingMorning(now: Date): Date {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), MORNING_HOUR);
  if (at <= now) at.setDate(at.getDate() + 1);
  while (isWeekend(at)) at.setDate(at.getDate() + 1);
  return at;
}

/** Alarms, not timers: the service worker sleeps between them. */
export async function scheduleAlarms(now = new Date()): Promise<void> {
  if (!(await browser.alarms.get(ALARM_RECOUNT))) await browser.alarms.create(ALARM_RECOUNT, { periodInMinutes: 30, delayInMinutes: 1 });
  if (!(await browser.alarms.get(ALARM_MORNING))) await browser.alarms.create(ALARM_MORNING, { when: nextWorkingMorning(now).getTime() });
}

/** Morning reminder on working days, then the next one is scheduled. */
export async function morningReminder(now = new Date()): Promise<void> {
  const { dueToday } = await countFollowUps(now);
  if (dueToday > 0) {
    const { lang, digits } = await uiPrefs();
    await browser.notifications.create('murshid-followups', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon-128.png'),
      title: translator(lang, digits)('reminderTitle'),
      message: countTranslator(lang, digits)('reminderBody', dueToday),
    });
  }
  await browser.alarms.create(ALARM_MORNING, { when: nextWorkingMorning(now).getTime() });
}

/** Retention: delivered records older than the setting are removed. */
export async function purgeOld(now = new Date()): Promise<number> {
  const db = await openLogDb();
  try {
    return await purgeDelivered(db, (await readManaged()).retentionDays ?? (await retentionDays.getValue()), now);
  } finally {
    db.close();
  }
}
