import type { MessageKey } from '../i18n';
import { t, withDigits } from '../i18n';
import { type AddressForm, type ExpandReply, isAddressForm, type ShortcutsReply } from '../messaging';
import { readActivePack } from '../pack/active';
import { digitsPref, importedPackStamp, readManaged, staffProfile, uiLanguage } from '../settings';
import { blankMark, channelForUrl, contextValues, formatFor, hasAddressForms, renderTemplate } from '../templates';

let cached: { stamp: string | null; shortcuts: string[] } | null = null;

/**
 * The pack's shortcuts, kept in the background's memory for as long as the imported pack's stamp
 * is the same: a frame that asks costs one storage read, not a pack load (the bundled pack would
 * otherwise be parsed again for every frame).
 */
export async function shortcutList(): Promise<ShortcutsReply> {
  const stamp = (await importedPackStamp.getValue()) ?? null;
  if (cached?.stamp !== stamp) {
    const { pack } = await readActivePack();
    cached = { stamp, shortcuts: (pack?.templates ?? []).flatMap((x) => (x.shortcut ? [x.shortcut] : [])) };
  }
  return { shortcuts: cached.shortcuts };
}

/**
 * A template by its shortcut, filled with what is known; what is not is left as «label» for the
 * staff member to type. A template written in forms of address is rendered only in the form the
 * staff member chose: without one, the reply names the forms for the chooser and holds no text.
 */
export async function expandShortcut(shortcut: string, pageUrl?: string, form?: AddressForm): Promise<ExpandReply> {
  if (form !== undefined && !isAddressForm(form)) return {};
  const { pack } = await readActivePack();
  const template = pack?.templates.find((x) => x.shortcut === shortcut);
  if (!pack || !template) return {};
  const [profile, managed, lang, digits] = await Promise.all([staffProfile.getValue(), readManaged(), uiLanguage.getValue(), digitsPref.getValue()]);
  const uiLang = managed.uiLanguage ?? lang;
  const ownDigits = managed.digits ?? digits;
  const gendered = hasAddressForms(template.body);
  if (gendered && !form) {
    return {
      choose: {
        lang: uiLang,
        title: t(uiLang, 'genderLabel'),
        labels: [t(uiLang, 'gender_m'), t(uiLang, 'gender_f'), t(uiLang, 'gender_p')],
        keys: [withDigits('1', ownDigits), withDigits('2', ownDigits), withDigits('3', ownDigits)],
      },
    };
  }
  const known = contextValues(
    pack.association,
    { ...profile, branch: managed.branch ?? profile.branch, surveyLink: managed.surveyLink ?? profile.surveyLink },
    new Date(),
    ownDigits,
  );
  const label = (n: string) => t(uiLang, `field_${n}` as MessageKey);
  const rendered = renderTemplate(template.body, known, form ?? 'm', label, ownDigits);
  const text = formatFor(rendered.text, channelForUrl(pageUrl, pack.hosts)?.platform ?? 'plain');
  // What renderTemplate left unknown (a form is always chosen here).
  const blanks = rendered.missing.flatMap((n) => (n === 'form' ? [] : [blankMark(label(n))])).filter((b) => text.includes(b));
  return blanks.length > 0 ? { text, blanks } : { text };
}
