// Choosing a new password (invitation, reset, settings): the policy in plain words, a confirmation
// field, and the server's reasons shown next to the field.

import { useId } from 'react';
import { ApiError, errorMessage } from '../api.js';

export const passwordPolicyText =
  'At least 12 characters. Long phrases are good; there are no rules about symbols or capitals. ' +
  'Common passwords, and passwords containing your name or email, are not accepted.';

/** The server's reasons for refusing a password (422), or its message for other errors. */
export function passwordProblems(error: unknown): string[] {
  if (error instanceof ApiError && error.problem?.errors && error.problem.errors.length > 0) {
    return error.problem.errors.map((item) => item.message);
  }
  return [errorMessage(error)];
}

/** Checks done before asking the server; the server has the final word (common-password list). */
export function localPasswordProblems(password: string, confirmation: string): string[] {
  const problems: string[] = [];
  if ([...password].length < 12) problems.push('Use at least 12 characters.');
  if (password !== confirmation) problems.push('The two passwords are not the same.');
  return problems;
}

export function NewPasswordFields({
  password,
  confirmation,
  onPassword,
  onConfirmation,
  problems,
  label = 'New password',
  username,
}: {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  problems: string[];
  label?: string;
  /** The account's email, for password managers to file the new password under. */
  username?: string;
}) {
  const policyId = useId();
  const problemsId = useId();
  const invalid = problems.length > 0;
  return (
    <>
      {username ? (
        <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />
      ) : null}
      <div className={invalid ? 'field field-invalid' : 'field'}>
        <label htmlFor="new-password">{label}</label>
        <p id={policyId} className="hint">
          {passwordPolicyText}
        </p>
        {invalid ? (
          <div id={problemsId} className="field-error" role="alert">
            {problems.length === 1 ? (
              <p>{problems[0]}</p>
            ) : (
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
        <input
          id="new-password"
          name="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={1024}
          value={password}
          onChange={(event) => onPassword(event.target.value)}
          aria-describedby={invalid ? `${policyId} ${problemsId}` : policyId}
          aria-invalid={invalid ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="confirm-password">Confirm {label.toLowerCase()}</label>
        <input
          id="confirm-password"
          name="confirm-password"
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => onConfirmation(event.target.value)}
        />
      </div>
    </>
  );
}
