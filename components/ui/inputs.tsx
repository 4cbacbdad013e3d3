import type { JSX } from 'preact';

/**
 * Controls that hand their value to `onValue` already typed, so forms never read
 * `event.currentTarget` themselves.
 */
type Controlled = 'onInput' | 'onChange' | 'value' | 'checked';
type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, Controlled>;

export function TextInput({ value, onValue, ...rest }: InputProps & { value: string; onValue: (v: string) => void }) {
  return <input {...rest} value={value} onInput={(e) => onValue(e.currentTarget.value)} />;
}

export function TextArea({
  value,
  onValue,
  ...rest
}: Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, Controlled> & { value: string; onValue: (v: string) => void }) {
  return <textarea {...rest} value={value} onInput={(e) => onValue(e.currentTarget.value)} />;
}

/**
 * A select over `[value, label]` pairs. `empty` adds a first choice with the value "" (then `T`
 * must include "": the value handed back is always one of the choices shown).
 */
export function Select<T extends string>({
  value,
  options,
  onValue,
  empty,
  ...rest
}: Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, Controlled> & {
  value: T;
  options: readonly (readonly [T, string])[];
  onValue: (v: T) => void;
  empty?: string;
}) {
  const pick = (v: string) => {
    const found = options.find(([o]) => o === v);
    if (found) onValue(found[0]);
    else if (v === '' && empty !== undefined) onValue(v as T);
  };
  return (
    <select {...rest} value={value} onChange={(e) => pick(e.currentTarget.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** A checkbox with its label around it. */
export function Checkbox({ checked, onValue, label, ...rest }: InputProps & { checked: boolean; onValue: (v: boolean) => void; label: string }) {
  return (
    <label class="check">
      <input {...rest} type="checkbox" checked={checked} onChange={(e) => onValue(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

/** A number field that hands back its value when committed (change, not every keystroke); NaN when empty. */
export function NumberInput({ value, onValue, ...rest }: Omit<InputProps, 'type'> & { value: number; onValue: (v: number) => void }) {
  return <input {...rest} type="number" value={value} onChange={(e) => onValue(e.currentTarget.valueAsNumber)} />;
}

/** A file picker that hands back the chosen files as an array (empty when none). */
export function FileInput({ onFiles, ...rest }: Omit<InputProps, 'type'> & { onFiles: (files: File[]) => void }) {
  return <input {...rest} type="file" onChange={(e) => onFiles([...(e.currentTarget.files ?? [])])} />;
}
