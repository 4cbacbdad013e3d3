import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDayMonthYear, parseDayMonthYear, parseIsoDate } from '../../utils/dates';
import type { ControlAria } from './Field';
import { useI18n } from './I18nContext';

interface Props {
  aria: ControlAria;
  /** YYYY-MM-DD, '' for none, or text that did not read as a date (kept so nothing typed is lost). */
  value: string;
  onValue: (value: string) => void;
}

/**
 * A date typed day first (08/12/2026), never the browser's mm/dd/yyyy, with a calendar picker
 * beside it and the date read back in the staff member's calendars (Gregorian and Hijri).
 */
export function DateField({ aria, value, onValue }: Props) {
  const { t, digits, day } = useI18n();
  const [text, setText] = useState(() => formatDayMonthYear(value, digits));
  const picker = useRef<HTMLInputElement>(null);
  // A date set from outside (the picker, a changed outcome) replaces the text; what is being typed stays.
  useEffect(() => {
    const typed = parseDayMonthYear(text);
    if (value ? parseIsoDate(value) && typed !== value : typed) setText(formatDayMonthYear(value, digits));
  }, [value, digits]);
  const parsed = parseIsoDate(value);
  return (
    <>
      <span class="date-field">
        <input
          {...aria}
          dir="ltr"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('datePlaceholder')}
          value={text}
          onInput={(e) => {
            const typed = e.currentTarget.value;
            setText(typed);
            onValue(parseDayMonthYear(typed) ?? typed.trim());
          }}
        />
        <button type="button" class="secondary icon" aria-label={t('datePick')} title={t('datePick')} onClick={() => picker.current?.showPicker?.()}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" stroke-width="1.4" fill="none" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          class="date-proxy"
          tabIndex={-1}
          aria-hidden="true"
          value={parsed ? value : ''}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
      </span>
      {parsed && (
        // Not dir="auto": that skips the <bdi> inside, finds no letter and lays the line out left to right.
        <small class="date-readback">
          <bdi>{day(parsed)}</bdi>
        </small>
      )}
    </>
  );
}
