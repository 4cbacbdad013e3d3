import type { ComponentChildren } from 'preact';

/** The ARIA a field's control needs: its id (the label's `for`), whether it is invalid, and what describes it. */
export interface ControlAria {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface Props {
  /** The control's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: ComponentChildren;
  /** An id for the label itself, when a section is named by it. */
  labelId?: string;
  hint?: ComponentChildren;
  /** The error text in the user's language; the field shows as invalid while it is set. */
  error?: string;
  /** Extra content under the control (a read-back of its value, a lock note…). */
  extra?: ComponentChildren;
  class?: string;
  children: (aria: ControlAria) => ComponentChildren;
}

/** One form field: label, control, hint and error, tied together by ids so screen readers read them with the control. */
export function Field({ id, label, labelId, hint, error, extra, class: cls, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' invalid' : ''}${cls ? ` ${cls}` : ''}`}>
      <label for={id} id={labelId}>
        {label}
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy })}
      {extra}
      {hint && (
        <small class="hint" id={hintId}>
          {hint}
        </small>
      )}
      {error && (
        <small class="field-error" id={errorId} role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
