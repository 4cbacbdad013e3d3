import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { ExpandReply, ShortcutsReply } from '../messaging';
import { readActivePack } from '../pack/active';
import { digitsPref, readManaged, staffProfile, uiLanguage } from '../settings';
import { channelForUrl, contextValues, formatFor, renderTemplate } from '../templates';

export async function shortcutList(): Promise<ShortcutsReply> {
  const { pack } = await readActivePack();
  return { shortcuts: (pack?.templates ?? []).flatMap((x) => (x.shortcut ? [x.shortcut] : [])) };
}

/** A template by its shortcut, filled with what is known; what is not is left as «label» for the staff member to type. */
export async function expandShortcut(shortcut: string, pageUrl?: string): Promise<ExpandReply> {
  const { pack } = await readActivePack();
  const template = pack?.templates.find((x) => x.shortcut === shortcut);
  if (!pack || !template) return {};
  const [profile, managed, lang, digits] = await Promise.all([staffProfile.getValue(), readManaged(), uiLanguage.getValue(), digitsPref.getValue()]);
  const known = contextValues(
    pack.association,
    { ...profile, branch: managed.branch ?? profile.branch, surveyLink: managed.surveyLink ?? profile.surveyLink },
    new Date(),
    managed.digits ?? digits,
  );
  const rendered = renderTemplate(template.body, known, 'm', (n) => t(managed.uiLanguage ?? lang, `field_${n}` as MessageKey), managed.digits ?? digits);
  return { text: formatFor(rendered.text, channelForUrl(pageUrl, pack.hosts)?.platform ?? 'plain') };
}
