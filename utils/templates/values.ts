import { type Digits, dueDate, formatGregorian, formatHijri } from '../dates';
import type { Values } from './render';

export interface StaffProfile {
  name: string;
  title: string;
  branch: string;
  surveyLink: string;
  /** How the staff member is addressed, e.g. «الأستاذة». */
  honorific?: string;
  /** A signature block for replies, e.g. name, title and working hours. */
  signature?: string;
}

export interface AssociationInfo {
  name: { ar: string };
  phone: string;
  website: string;
}

/** Values every template can use without asking: the pack, the staff profile and the dates. */
export function contextValues(association: AssociationInfo, profile: StaffProfile, now: Date, digits: Digits = 'latn'): Values {
  const due = dueDate(now, 7);
  return {
    association_name: association.name.ar,
    association_phone: association.phone,
    association_website: association.website,
    staff_name: profile.name,
    staff_title: profile.title,
    branch: profile.branch,
    survey_link: profile.surveyLink,
    staff_honorific: profile.honorific ?? '',
    staff_signature: profile.signature ?? '',
    today_gregorian: formatGregorian(now, 'ar', digits),
    today_hijri: formatHijri(now, 'ar', digits),
    due_gregorian: formatGregorian(due, 'ar', digits),
    due_hijri: formatHijri(due, 'ar', digits),
  };
}
