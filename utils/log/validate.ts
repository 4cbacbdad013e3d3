import { addDays, isWeekend, parseIsoDate, toIsoDate } from '../dates';
import { normalizeSaudiMobile, toLatinDigits } from './phone';
import { type FieldError, type Interaction, LIMITS } from './types';

/** National ID (starts with 1) or iqama (starts with 2): ten digits with a Luhn-style check digit. */
export function isValidSaudiId(input: string): boolean {
  const id = toLatinDigits(input).replace(/\s/g, '');
  if (!/^[12]\d{9}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(id[i]);
    if (i % 2 === 0) {
      const x = d * 2;
      sum += Math.floor(x / 10) + (x % 10);
    } else sum += d;
  }
  return sum % 10 === 0;
}

export function normalizeSaudiId(input: string): string {
  return toLatinDigits(input).replace(/\s/g, '');
}

/** "1•••••••34": lists never show a whole ID. */
export function maskId(id: string | undefined): string {
  if (!id) return '';
  return id.length <= 3 ? '•••' : `${id[0]}${'•'.repeat(id.length - 3)}${id.slice(-2)}`;
}

export interface ValidationContext {
  channels: string[];
  topics: string[];
  /** Today, for "not before today" (new records only). */
  today: Date;
  isNew: boolean;
}

/** Everything wrong with a record, field by field; empty when it may be saved. */
export function validateInteraction(r: Interaction, ctx: ValidationContext): FieldError[] {
  const errors: FieldError[] = [];
  const tooLong = (field: string, value: string | undefined, max: number) => {
    if (value && value.length > max) errors.push({ field, code: 'too_long', max });
  };
  if (!ctx.channels.includes(r.channel)) errors.push({ field: 'channel', code: r.channel ? 'unknown_channel' : 'required' });
  if (!ctx.topics.includes(r.topic)) errors.push({ field: 'topic', code: r.topic ? 'unknown_topic' : 'required' });
  if (!r.beneficiary.name.trim()) errors.push({ field: 'beneficiary.name', code: 'required' });
  tooLong('beneficiary.name', r.beneficiary.name, LIMITS.name);
  if (r.beneficiary.phone && !normalizeSaudiMobile(r.beneficiary.phone)) errors.push({ field: 'beneficiary.phone', code: 'phone' });
  if (r.beneficiary.national_id && !isValidSaudiId(r.beneficiary.national_id))
    errors.push({
      field: 'beneficiary.national_id',
      code: /^[12]\d{9}$/.test(normalizeSaudiId(r.beneficiary.national_id)) ? 'national_id_check' : 'national_id',
    });
  tooLong('request_ref', r.request_ref, LIMITS.ref);
  tooLong('notes', r.notes, LIMITS.notes);
  tooLong('referral_reason', r.referral_reason, LIMITS.reason);
  tooLong('verification_note', r.verification_note, LIMITS.reason);
  tooLong('satisfaction.comment', r.satisfaction?.comment, LIMITS.comment);
  if (r.satisfaction && !(Number.isInteger(r.satisfaction.score) && r.satisfaction.score >= 1 && r.satisfaction.score <= 5))
    errors.push({ field: 'satisfaction.score', code: 'score' });
  if (Number.isNaN(Date.parse(r.occurred_at))) errors.push({ field: 'occurred_at', code: 'date' });

  if (r.outcome === 'referred' && !r.follow_up?.due) errors.push({ field: 'follow_up.due', code: 'due_required' });
  if (r.follow_up?.due && !r.follow_up.done_at) {
    const due = parseIsoDate(r.follow_up.due);
    if (!due) errors.push({ field: 'follow_up.due', code: 'date' });
    else {
      const occurred = new Date(r.occurred_at);
      if (ctx.isNew && r.follow_up.due < toIsoDate(ctx.today)) errors.push({ field: 'follow_up.due', code: 'due_before_today' });
      else if (r.outcome === 'referred' && !Number.isNaN(occurred.getTime()) && r.follow_up.due < toIsoDate(addDays(occurred, 7))) {
        errors.push({ field: 'follow_up.due', code: 'due_too_soon' });
      } else if (isWeekend(new Date(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate(), 12)))
        errors.push({ field: 'follow_up.due', code: 'due_weekend' });
    }
  }
  return errors;
}
