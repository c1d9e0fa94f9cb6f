// Small labelled inputs for the intake and visit-note forms: every control has a visible label, and
// each helper keeps the "empty means not recorded" rule in one place.

import { type ReactNode, useId } from 'react';
import type { FieldError } from '../types.js';

export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  rows = 3,
  hint,
  required = false,
}: {
  label: string;
  value: string | null | undefined;
  onChange(next: string): void;
  multiline?: boolean;
  rows?: number;
  hint?: string;
  required?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="optional"> (needed to sign)</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          rows={rows}
          value={value ?? ''}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          value={value ?? ''}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  step = 'any',
}: {
  label: string;
  value: number | null | undefined;
  onChange(next: number | null): void;
  step?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        min={0}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      />
    </div>
  );
}

export function CheckField({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean | null | undefined;
  onChange(next: boolean): void;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked === true}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  label,
  value,
  choices,
  onChange,
  placeholder = 'Not asked',
}: {
  label: string;
  value: string | number | null | undefined;
  choices: readonly Choice[];
  onChange(next: string): void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null || value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{placeholder}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A collapsible section: a <details> whose body is a real fieldset, so screen readers hear its name. */
export function Section({
  title,
  children,
  open = true,
  onLeave,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
  /** Called when focus leaves the section (autosave). */
  onLeave?: () => void;
}) {
  return (
    <details
      className="intake-section"
      open={open}
      onBlur={(event) => {
        if (onLeave && !event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
      }}
    >
      <summary>{title}</summary>
      <fieldset className="intake-fieldset">
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}

/** The problem's field errors, in words, under the error title (announced with the panel). */
export function FieldErrorList({ errors }: { errors: FieldError[] | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul>
      {errors.map((error) => (
        <li key={`${error.field}:${error.message}`}>
          <span className="mono">{error.field.replace(/^body\.(content\.)?/, '')}</span>: {error.message}
        </li>
      ))}
    </ul>
  );
}

export function timeOfDay(iso: string | Date): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
