import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { ExpandReply, ShortcutsReply } from '../messaging';
import { readActivePack } from '../pack/active';
import { digitsPref, importedPackStamp, readManaged, staffProfile, uiLanguage } from '../settings';
import { channelForUrl, contextValues, formatFor, renderTemplate } from '../templates';

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
