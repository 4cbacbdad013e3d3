import * as v from 'valibot';
import { placeholdersOf, scanTokens, TEMPLATE_PURPOSES, type Template } from '../templates';
import { parseFrontMatter } from './frontmatter';
import { bodyBidiErrors, frontMatterErrors, Title } from './schema';
import type { PackError, PackFile } from './types';

const list = (s: string) =>
  s
    .split(/[,،]/)
    .map((x) => x.trim())
    .filter(Boolean);

const TemplateFrontMatter = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case latin letters, digits and "-"')),
  title: Title,
  channels: v.pipe(v.string(), v.transform(list), v.minLength(1, 'must name at least one channel')),
  purpose: v.picklist(TEMPLATE_PURPOSES, `must be one of: ${TEMPLATE_PURPOSES.join(', ')}`),
  shortcut: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\S+$/, 'must be one word'))),
  tags: v.optional(v.pipe(v.string(), v.transform(list)), ''),
  source: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^[a-z0-9][a-z0-9-]*#[A-Za-z0-9][\w-]*$/, 'must be "document#section", e.g. policy#procedure'))),
});

/** Parses one template file; `channelIds` are the pack's channels, which the template must use. */
export function parseTemplate(file: PackFile, channelIds: Set<string>): { template: Template | null; errors: PackError[] } {
  const lines = file.content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { fm, errors } = parseFrontMatter(file.path, lines);
  if (!fm) return { template: null, errors };
  const r = v.safeParse(TemplateFrontMatter, fm.values);
  if (!r.success) {
    errors.push(...frontMatterErrors(file.path, fm, r.issues));
  } else {
    for (const c of r.output.channels) {
      if (!channelIds.has(c))
        errors.push({ file: file.path, line: fm.lines.channels ?? 1, message: `unknown channel "${c}" (the pack's channels: ${[...channelIds].join(', ')})` });
    }
  }
  // The body is what gets pasted into a reply: no override may reverse the beneficiary's text there.
  errors.push(...bodyBidiErrors(file.path, lines.slice(fm.bodyStart), fm.bodyStart + 1));
  const body = lines.slice(fm.bodyStart).join('\n').trim();
  if (!body) errors.push({ file: file.path, line: fm.bodyStart + 1, message: 'the template has no text' });
  const bodyOffset = lines.slice(fm.bodyStart).join('\n').indexOf(body.slice(0, 1));
  for (const t of scanTokens(body)) {
    if (t.kind !== 'invalid') continue;
    const before = lines
      .slice(fm.bodyStart)
      .join('\n')
      .slice(0, Math.max(0, bodyOffset) + t.index);
    errors.push({ file: file.path, line: fm.bodyStart + before.split('\n').length, message: t.error ?? 'invalid placeholder' });
  }
  if (!r.success || errors.length) return { template: null, errors };
  const { tags, ...rest } = r.output;
  return { template: { ...rest, tags, body, placeholders: placeholdersOf(body), file: file.path }, errors };
}
