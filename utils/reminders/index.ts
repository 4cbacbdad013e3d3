import { browser } from 'wxt/browser';
import { isWeekend, toIsoDate } from '../dates';
import { countTranslator, formatNumber, translator } from '../i18n';
import { followUpState, type LogDb, openFollowUps, openLogDb, type PurgeResult, purgeExpired } from '../log';
import { clampRetention, digitsPref, purgeStatus, readManaged, retentionDays, uiLanguage } from '../settings';

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

/**
 * Retention (the rule is in utils/log/retention): the policy's or the staff member's days,
 * clamped to a safe range; the outcome — or the failure — is kept for the Log tab to show, and
 * undelivered records entering their grace period are announced with a notification.
 */
export async function purgeOld(now = new Date(), open: () => Promise<LogDb> = () => openLogDb()): Promise<PurgeResult | null> {
  try {
    const days = clampRetention((await readManaged()).retentionDays ?? (await retentionDays.getValue()));
    const db = await open();
    let result: PurgeResult;
    try {
      result = await purgeExpired(db, days, now);
    } finally {
      db.close();
    }
    await purgeStatus.setValue({ at: now.getTime(), ok: true, ...(result.nextExpiry ? { nextExpiry: result.nextExpiry } : {}) });
    if (result.warned > 0 && result.nextExpiry) {
      const { lang, digits } = await uiPrefs();
      const date = new Date(result.nextExpiry).toLocaleDateString(`${lang}-u-nu-${digits}`);
      await browser.notifications
        .create('murshid-retention', {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon-128.png'),
          title: translator(lang, digits)('retentionWarningTitle'),
          message: countTranslator(lang, digits)('retentionNotice', result.warned, date),
        })
        .catch(() => {});
    }
    return result;
  } catch (e) {
    await purgeStatus.setValue({ at: now.getTime(), ok: false, error: e instanceof Error ? e.message : String(e) }).catch(() => {});
    return null;
  }
}
