import type { Digits } from '../dates';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/** Every digit of `text` in the staff member's choice: Latin (0–9) or Arabic-Indic (٠–٩). */
export function withDigits(text: string, digits: Digits): string {
  return digits === 'arab'
    ? text.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)] as string)
    : text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
}
