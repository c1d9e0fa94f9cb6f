import { type ReactNode, useEffect, useId, useState } from 'react';
import { errorMessage } from '../api.js';
import type { AsyncState } from '../useAsync.js';

/** Sets the window title. Titles end up in browser history, so they never include patient names. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Titrate` : 'Titrate';
  }, [title]);
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function ErrorPanel({
  title = 'Something went wrong',
  message,
  onRetry,
  children,
}: {
  title?: string;
  message: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{message}</p>
      {children}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/**
 * A form's busy flag and error message. `run` marks the form busy while the request runs and shows its
 * failure as the message; checks before the request set the message with `setError`.
 */
export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** Loading, the error with "Try again", or the loaded data as `children` renders it. */
export function AsyncView<T>({
  state,
  reload,
  loadingLabel,
  children,
}: {
  state: AsyncState<T>;
  reload(): void;
  loadingLabel?: string;
  children(data: T): ReactNode;
}) {
  if (state.status === 'loading') return <Loading label={loadingLabel} />;
  if (state.status === 'error') return <ErrorPanel message={state.message} onRetry={reload} />;
  return <>{children(state.data)}</>;
}

/** One labelled radio button per option; the caller puts them in a fieldset or a `.choices` box. */
export function RadioOptions<Option extends { value: string; label: string }>({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: readonly Option[];
  value: string | null | undefined;
  onChange(next: Option['value']): void;
}) {
  return (
    <>
      {options.map((option) => (
        <label className="choice" key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </>
  );
}

/** A form's error message, announced when it appears; nothing without one. */
export function FormError({ id, message }: { id?: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}

/** The end of a form: its error, if any, then the primary submit button (and any further `children`). */
export function FormFooter({
  error,
  busy,
  label,
  busyLabel,
  children,
}: {
  error: string | null | undefined;
  busy: boolean;
  label: string;
  busyLabel: string;
  children?: ReactNode;
}) {
  return (
    <>
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? busyLabel : label}
        </button>
        {children}
      </div>
    </>
  );
}

export function Notice({
  tone = 'info',
  children,
}: {
  tone?: 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}

/** A titled card section (a landmark-free <section> labelled by its heading). */
export function Card({
  title,
  headingLevel = 2,
  actions,
  children,
  className,
}: {
  title: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={id}>
      <div className="card-header">
        <Heading id={id} className="card-title">
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A list of label/value pairs; empty values read "Not recorded" (or `emptyText`). */
export function Facts({ items, emptyText = 'Not recorded' }: { items: Fact[]; emptyText?: string }) {
  return (
    <dl className="facts">
      {items.map((item) => (
        <div className="fact" key={item.label}>
          <dt>{item.label}</dt>
          <dd>
            {item.value === null || item.value === undefined || item.value === '' ? (
              <span className="muted">{emptyText}</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A table box that scrolls sideways on narrow screens. It is focusable so keyboard users can scroll it
 * even when the table has no buttons.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/**
 * A data table in a ScrollBox: the caption for screen readers, one header per column, and an unnamed
 * last column for row buttons when `actions` is set; `children` are the body rows.
 */
export function DataTable({
  label,
  caption,
  className,
  columns,
  actions = false,
  children,
}: {
  /** The scroll box's name. */
  label: string;
  caption: string;
  className?: string;
  columns: readonly string[];
  actions?: boolean;
  children: ReactNode;
}) {
  return (
    <ScrollBox label={label}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollBox>
  );
}
