import type { Digits } from '../dates';
import { type MessageKey, t } from '../i18n';
import { contextValues, type Gender, renderTemplate, type Values } from '../templates';
import { citation } from './citation';
import type { Pack } from './types';

export const FORM_NAMES = ['masculine', 'feminine', 'plural'] as const;
export type FormName = (typeof FORM_NAMES)[number];
const GENDER: Record<FormName, Gender> = { masculine: 'm', feminine: 'f', plural: 'p' };

export interface RenderedSample {
  id: string;
  form: FormName;
  text: string;
}

/** A fixed Sunday, so renderings (and the fixture that keeps them) do not change with the day. */
export const SAMPLE_DATE = new Date(2026, 10, 29, 12);

const BENEFICIARY: Record<FormName, string> = { masculine: 'محمد عبدالله', feminine: 'نورة سعد', plural: 'عبدالله وسعاد السالم' };

/** Values a reviewer reads a template with: a staff member, a request, and a citation of the policy's procedure as the panel inserts it. */
export function sampleValues(pack: Pack, form: FormName, now: Date = SAMPLE_DATE, digits: Digits = 'latn'): Values {
  const policy = pack.documents.find((d) => d.status === 'official') ?? pack.documents[0];
  const section = policy?.sections.find((s) => s.id === 'procedure') ?? policy?.sections[0];
  // The pack's own contact details only: one it lacks stays a blank («هاتف الجمعية»), as the panel
  // shows it, never a made-up number that would read as the association's.
  const association = { name: pack.association.name, phone: pack.association.phone, website: pack.association.website };
  return {
    ...contextValues(
      association,
      { name: 'سارة الحربي', title: 'أخصائية علاقات المستفيدين', branch: 'فرع الرياض', surveyLink: 'https://example.org/survey', honorific: 'الأستاذة' },
      now,
      digits,
    ),
    beneficiary_name: BENEFICIARY[form],
    request_number: '1448-0231',
    letter_number: '112/ع',
    subject: 'الرد على طلب إيضاح',
    missing_documents: '- صورة سجل الأسرة\n- إثبات السكن',
    citation: policy && section ? citation(policy, section) : '',
  };
}

/** Renders the templates `ids` (all when empty) in one form; unknown ids are returned in `unknown`. */
export function renderSamples(pack: Pack, ids: string[], form: FormName, digits: Digits = 'latn'): { rendered: RenderedSample[]; unknown: string[] } {
  const unknown = ids.filter((id) => !pack.templates.some((t) => t.id === id));
  const chosen = ids.length ? pack.templates.filter((t) => ids.includes(t.id)).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)) : pack.templates;
  const values = sampleValues(pack, form, SAMPLE_DATE, digits);
  const label = (name: string) => t('ar', `field_${name}` as MessageKey);
  const rendered = chosen.map((x) => ({ id: x.id, form, text: renderTemplate(x.body, values, GENDER[form], label, digits).text }));
  return { rendered, unknown };
}
