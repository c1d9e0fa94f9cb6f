import {
  createContext,
  type FormEvent,
  type HTMLInputTypeAttribute,
  type ReactNode,
  useContext,
  useId,
  useRef,
  useState,
} from 'react';
import { isValidIsoDate, languageName, todayIso } from '../format.js';
import type { FieldError, Patient, PatientInput, PatientStatus, SexAssignedAtBirth } from '../types.js';

// ---------------------------------------------------------------------------------------------------
// Form values: every input's text, as typed.

export const formFields = [
  'givenName',
  'familyName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'sexAssignedAtBirth',
  'genderIdentity',
  'phone',
  'email',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'timeZone',
  'preferredLanguage',
  'emergencyName',
  'emergencyRelationship',
  'emergencyPhone',
  'pharmacyName',
  'pharmacyPhone',
  'pharmacyAddress',
  'insurancePayer',
  'insuranceMemberId',
  'insuranceGroupNumber',
  'status',
] as const;

export type FieldName = (typeof formFields)[number];
export type FormValues = Record<FieldName, string>;
export type FormErrors = Partial<Record<FieldName, string>>;

const sexValues: readonly SexAssignedAtBirth[] = ['female', 'male', 'intersex', 'unknown'];
const statusValues: readonly PatientStatus[] = ['active', 'inactive'];

/**
 * The default time zone for a new patient: the browser's, when it is one of the listed US zones; else none,
 * so that it is chosen deliberately (reminders are sent by it).
 */
export function defaultTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return usTimeZones.some((option) => option.value === zone) ? zone : '';
}

export function emptyPatientInput(): PatientInput {
  return {
    givenName: '',
    familyName: '',
    preferredName: null,
    pronouns: null,
    dateOfBirth: '',
    sexAssignedAtBirth: 'unknown',
    genderIdentity: null,
    phone: null,
    email: null,
    address: null,
    timeZone: defaultTimeZone(),
    preferredLanguage: 'en',
    emergencyContact: null,
    preferredPharmacy: null,
    insurance: null,
    status: 'active',
  };
}

/** The editable part of a patient record. */
export function patientInputOf(patient: Patient): PatientInput {
  return {
    givenName: patient.givenName,
    familyName: patient.familyName,
    preferredName: patient.preferredName ?? null,
    pronouns: patient.pronouns ?? null,
    dateOfBirth: patient.dateOfBirth,
    sexAssignedAtBirth: patient.sexAssignedAtBirth,
    genderIdentity: patient.genderIdentity ?? null,
    phone: patient.phone ?? null,
    email: patient.email ?? null,
    address: patient.address ?? null,
    timeZone: patient.timeZone,
    preferredLanguage: patient.preferredLanguage,
    emergencyContact: patient.emergencyContact ?? null,
    preferredPharmacy: patient.preferredPharmacy ?? null,
    insurance: patient.insurance ?? null,
    status: patient.status,
  };
}

export function valuesOf(input: PatientInput): FormValues {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    preferredName: input.preferredName ?? '',
    pronouns: input.pronouns ?? '',
    dateOfBirth: input.dateOfBirth,
    sexAssignedAtBirth: input.sexAssignedAtBirth,
    genderIdentity: input.genderIdentity ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    addressLine1: input.address?.line1 ?? '',
    addressLine2: input.address?.line2 ?? '',
    city: input.address?.city ?? '',
    state: input.address?.state ?? '',
    postalCode: input.address?.postalCode ?? '',
    timeZone: input.timeZone ?? '',
    preferredLanguage: input.preferredLanguage ?? '',
    emergencyName: input.emergencyContact?.name ?? '',
    emergencyRelationship: input.emergencyContact?.relationship ?? '',
    emergencyPhone: input.emergencyContact?.phone ?? '',
    pharmacyName: input.preferredPharmacy?.name ?? '',
    pharmacyPhone: input.preferredPharmacy?.phone ?? '',
    pharmacyAddress: input.preferredPharmacy?.address ?? '',
    insurancePayer: input.insurance?.payer ?? '',
    insuranceMemberId: input.insurance?.memberId ?? '',
    insuranceGroupNumber: input.insurance?.groupNumber ?? '',
    status: input.status,
  };
}

function text(value: string): string {
  return value.trim();
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function anyFilled(values: FormValues, fields: readonly FieldName[]): boolean {
  return fields.some((field) => values[field].trim() !== '');
}

const addressFields = ['addressLine1', 'addressLine2', 'city', 'state', 'postalCode'] as const;
const emergencyFields = ['emergencyName', 'emergencyRelationship', 'emergencyPhone'] as const;
const pharmacyFields = ['pharmacyName', 'pharmacyPhone', 'pharmacyAddress'] as const;
const insuranceFields = ['insurancePayer', 'insuranceMemberId', 'insuranceGroupNumber'] as const;

/** Converts validated form values to the API's shape; a group left entirely blank becomes null. */
export function inputOf(values: FormValues): PatientInput {
  const sex = sexValues.find((value) => value === values.sexAssignedAtBirth) ?? 'unknown';
  const status = statusValues.find((value) => value === values.status) ?? 'active';
  return {
    givenName: text(values.givenName),
    familyName: text(values.familyName),
    preferredName: optional(values.preferredName),
    pronouns: optional(values.pronouns),
    dateOfBirth: text(values.dateOfBirth),
    sexAssignedAtBirth: sex,
    genderIdentity: optional(values.genderIdentity),
    phone: optional(values.phone),
    email: optional(values.email),
    address: anyFilled(values, addressFields)
      ? {
          line1: text(values.addressLine1),
          line2: optional(values.addressLine2),
          city: text(values.city),
          state: text(values.state).toUpperCase(),
          postalCode: text(values.postalCode),
        }
      : null,
    timeZone: text(values.timeZone),
    preferredLanguage: text(values.preferredLanguage),
    emergencyContact: anyFilled(values, emergencyFields)
      ? {
          name: text(values.emergencyName),
          relationship: text(values.emergencyRelationship),
          phone: text(values.emergencyPhone),
        }
      : null,
    preferredPharmacy: anyFilled(values, pharmacyFields)
      ? {
          name: text(values.pharmacyName),
          phone: optional(values.pharmacyPhone),
          address: optional(values.pharmacyAddress),
        }
      : null,
    insurance: anyFilled(values, insuranceFields)
      ? {
          payer: text(values.insurancePayer),
          memberId: text(values.insuranceMemberId),
          groupNumber: optional(values.insuranceGroupNumber),
        }
      : null,
    status,
  };
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The same rules the API applies.
const phonePattern = /^\+?[0-9 ().-]{7,25}$/;
const postalCodePattern = /^[A-Za-z0-9 -]{3,12}$/;

function phoneProblem(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  return phonePattern.test(value.trim()) && digits.length >= 7
    ? null
    : 'Enter a phone number with its area code, using digits only (spaces, dashes and brackets are fine).';
}

export function validate(values: FormValues, today: string = todayIso()): FormErrors {
  const errors: FormErrors = {};
  const require = (field: FieldName, message: string) => {
    if (values[field].trim() === '') errors[field] = message;
  };

  require('givenName', 'Enter the first (given) name.');
  require('familyName', 'Enter the last (family) name.');
  const dob = values.dateOfBirth.trim();
  if (dob === '') errors.dateOfBirth = 'Enter the date of birth.';
  else if (!isValidIsoDate(dob)) errors.dateOfBirth = 'Enter the date of birth as a real date.';
  else if (dob > today) errors.dateOfBirth = 'The date of birth can’t be in the future.';
  else if (dob < '1900-01-01') errors.dateOfBirth = 'Check the year of birth.';
  if (!sexValues.some((value) => value === values.sexAssignedAtBirth)) {
    errors.sexAssignedAtBirth = 'Choose the sex assigned at birth, or Unknown.';
  }

  if (values.phone.trim() !== '') {
    const problem = phoneProblem(values.phone);
    if (problem) errors.phone = problem;
  }
  if (values.email.trim() !== '' && !emailPattern.test(values.email.trim())) {
    errors.email = 'Enter an email address like name@example.com.';
  }
  if (anyFilled(values, addressFields)) {
    require('addressLine1', 'Enter the street address, or clear the whole address.');
    require('city', 'Enter the city.');
    require('state', 'Enter the state.');
    require('postalCode', 'Enter the ZIP code.');
    if (!errors.postalCode && !postalCodePattern.test(values.postalCode.trim())) {
      errors.postalCode = 'Enter a ZIP code such as 97201.';
    }
  }
  require('timeZone', 'Choose a time zone.');
  require('preferredLanguage', 'Enter the preferred language.');

  if (anyFilled(values, emergencyFields)) {
    require('emergencyName', 'Enter the emergency contact’s name, or clear the emergency contact.');
    require('emergencyRelationship', 'Enter how they are related to the patient.');
    require('emergencyPhone', 'Enter the emergency contact’s phone number.');
    if (!errors.emergencyPhone) {
      const problem = phoneProblem(values.emergencyPhone);
      if (problem) errors.emergencyPhone = problem;
    }
  }
  if (anyFilled(values, pharmacyFields)) {
    require('pharmacyName', 'Enter the pharmacy’s name, or clear the pharmacy.');
    if (values.pharmacyPhone.trim() !== '') {
      const problem = phoneProblem(values.pharmacyPhone);
      if (problem) errors.pharmacyPhone = problem;
    }
  }
  if (anyFilled(values, insuranceFields)) {
    require('insurancePayer', 'Enter the insurance company, or clear the insurance.');
    require('insuranceMemberId', 'Enter the member ID.');
  }
  return errors;
}

/** Where the API's field paths (after `body.`) land in this form. */
const serverFields: Record<string, FieldName> = {
  givenName: 'givenName',
  familyName: 'familyName',
  preferredName: 'preferredName',
  pronouns: 'pronouns',
  dateOfBirth: 'dateOfBirth',
  sexAssignedAtBirth: 'sexAssignedAtBirth',
  genderIdentity: 'genderIdentity',
  phone: 'phone',
  email: 'email',
  address: 'addressLine1',
  'address.line1': 'addressLine1',
  'address.line2': 'addressLine2',
  'address.city': 'city',
  'address.state': 'state',
  'address.postalCode': 'postalCode',
  timeZone: 'timeZone',
  preferredLanguage: 'preferredLanguage',
  emergencyContact: 'emergencyName',
  'emergencyContact.name': 'emergencyName',
  'emergencyContact.relationship': 'emergencyRelationship',
  'emergencyContact.phone': 'emergencyPhone',
  preferredPharmacy: 'pharmacyName',
  'preferredPharmacy.name': 'pharmacyName',
  'preferredPharmacy.phone': 'pharmacyPhone',
  'preferredPharmacy.address': 'pharmacyAddress',
  insurance: 'insurancePayer',
  'insurance.payer': 'insurancePayer',
  'insurance.memberId': 'insuranceMemberId',
  'insurance.groupNumber': 'insuranceGroupNumber',
  status: 'status',
};

/** The API's per-field validation errors, placed on this form's fields (others are dropped). */
export function formErrorsFrom(errors: readonly FieldError[] | undefined): FormErrors {
  const found: FormErrors = {};
  for (const error of errors ?? []) {
    const field = serverFields[error.field.replace(/^body\.?/, '')];
    if (field && !found[field]) {
      found[field] = error.message.charAt(0).toUpperCase() + error.message.slice(1);
    }
  }
  return found;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => deepEqual(Reflect.get(a, key), Reflect.get(b, key)));
}

/** Only the fields that differ, for a PATCH. */
export function changedFields(before: PatientInput, after: PatientInput): Partial<PatientInput> {
  const changes: Partial<PatientInput> = {};
  for (const key of Object.keys(after) as (keyof PatientInput)[]) {
    if (!deepEqual(before[key], after[key])) Object.assign(changes, { [key]: after[key] });
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------------
// Rendering

interface FormContextValue {
  values: FormValues;
  errors: FormErrors;
  setValue(field: FieldName, value: string): void;
  idFor(field: FieldName): string;
}

const FormContext = createContext<FormContextValue | null>(null);

function useFormContext(): FormContextValue {
  const context = useContext(FormContext);
  if (!context) throw new Error('Field used outside PatientForm');
  return context;
}

function FieldShell({
  field,
  label,
  hint,
  optionalLabel,
  className,
  children,
}: {
  field: FieldName;
  label: string;
  hint?: string | undefined;
  optionalLabel?: boolean | undefined;
  className?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const { errors, idFor } = useFormContext();
  const id = idFor(field);
  const error = errors[field];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optionalLabel ? <span className="optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {children(describedBy || undefined, Boolean(error))}
    </div>
  );
}

function TextField({
  field,
  label,
  hint,
  optional: isOptional,
  type = 'text',
  autoComplete,
  inputMode,
  className,
  max,
}: {
  field: FieldName;
  label: string;
  hint?: string;
  optional?: boolean;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'numeric';
  className?: string;
  max?: string;
}) {
  const { values, setValue, idFor } = useFormContext();
  return (
    <FieldShell field={field} label={label} hint={hint} optionalLabel={isOptional} className={className}>
      {(describedBy, invalid) => (
        <input
          id={idFor(field)}
          name={field}
          type={type}
          value={values[field]}
          onChange={(event) => setValue(field, event.target.value)}
          autoComplete={autoComplete ?? 'off'}
          inputMode={inputMode}
          max={max}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </FieldShell>
  );
}

function SelectField({
  field,
  label,
  hint,
  options,
  className,
}: {
  field: FieldName;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  className?: string;
}) {
  const { values, setValue, idFor } = useFormContext();
  return (
    <FieldShell field={field} label={label} hint={hint} className={className}>
      {(describedBy, invalid) => (
        <select
          id={idFor(field)}
          name={field}
          value={values[field]}
          onChange={(event) => setValue(field, event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

function Group({ legend, note, children }: { legend: string; note?: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      {note ? <p className="hint group-note">{note}</p> : null}
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

const usTimeZones: { value: string; label: string }[] = [
  { value: 'America/New_York', label: 'Eastern (New York)' },
  { value: 'America/Chicago', label: 'Central (Chicago)' },
  { value: 'America/Denver', label: 'Mountain (Denver)' },
  { value: 'America/Phoenix', label: 'Mountain, no daylight saving (Phoenix)' },
  { value: 'America/Los_Angeles', label: 'Pacific (Los Angeles)' },
  { value: 'America/Anchorage', label: 'Alaska (Anchorage)' },
  { value: 'Pacific/Honolulu', label: 'Hawaii (Honolulu)' },
  { value: 'America/Puerto_Rico', label: 'Atlantic (Puerto Rico)' },
];

function timeZoneOptions(current: string): { value: string; label: string }[] {
  const options = [...usTimeZones];
  if (current && !options.some((option) => option.value === current)) {
    options.unshift({ value: current, label: current.replace(/_/g, ' ') });
  }
  if (!current) options.unshift({ value: '', label: 'Choose a time zone' });
  return options;
}

/** Common US clinic languages, as BCP 47 tags. */
const languageTags = [
  'en',
  'es',
  'zh',
  'vi',
  'tl',
  'ko',
  'ru',
  'ar',
  'ht',
  'fr',
  'pt',
  'hi',
  'fa',
  'pl',
  'so',
  'ja',
  'de',
  'ase',
];

function languageOptions(current: string): { value: string; label: string }[] {
  const tags = current && !languageTags.includes(current) ? [current, ...languageTags] : languageTags;
  const options = tags.map((tag) => ({ value: tag, label: languageName(tag) }));
  return current ? options : [{ value: '', label: 'Choose a language' }, ...options];
}

const labels: Record<FieldName, string> = {
  givenName: 'First name',
  familyName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  sexAssignedAtBirth: 'Sex assigned at birth',
  genderIdentity: 'Gender identity',
  phone: 'Phone',
  email: 'Email',
  addressLine1: 'Street address',
  addressLine2: 'Apartment, suite, etc.',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  timeZone: 'Time zone',
  preferredLanguage: 'Preferred language',
  emergencyName: 'Name',
  emergencyRelationship: 'Relationship',
  emergencyPhone: 'Phone',
  pharmacyName: 'Pharmacy name',
  pharmacyPhone: 'Pharmacy phone',
  pharmacyAddress: 'Pharmacy address',
  insurancePayer: 'Insurance company',
  insuranceMemberId: 'Member ID',
  insuranceGroupNumber: 'Group number',
  status: 'Record status',
};

export interface PatientFormProps {
  initial: PatientInput;
  /** Shows the record status control (existing patients only). */
  showStatus?: boolean;
  /** Starts "sex assigned at birth" unchosen so that it is chosen deliberately (new patients). */
  blankSex?: boolean;
  submitLabel: string;
  busyLabel: string;
  /**
   * Saves. Resolves with field errors to show (e.g. from the API's validation answer), or nothing; the
   * caller shows any other error itself.
   */
  onSubmit(input: PatientInput): Promise<FormErrors | undefined>;
  cancel: ReactNode;
  /** A message from the server about the last attempt. */
  serverError?: ReactNode;
}

export function PatientForm({
  initial,
  showStatus = false,
  blankSex = false,
  submitLabel,
  busyLabel,
  onSubmit,
  cancel,
  serverError,
}: PatientFormProps) {
  const [values, setValues] = useState<FormValues>(() => {
    const start = valuesOf(initial);
    return blankSex ? { ...start, sexAssignedAtBirth: '' } : start;
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const idFor = (field: FieldName) => `${baseId}-${field}`;

  const setValue = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const found = validate(values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      // Let the summary render, then move focus to it so the problems are announced.
      window.requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    let fieldErrors: FormErrors | undefined;
    try {
      fieldErrors = await onSubmit(inputOf(values));
    } finally {
      setBusy(false);
    }
    if (fieldErrors && Object.values(fieldErrors).some(Boolean)) {
      setErrors(fieldErrors);
      window.requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  const errorList = formFields.flatMap((field) => {
    const message = errors[field];
    return message ? [{ field, message }] : [];
  });

  return (
    <FormContext.Provider value={{ values, errors, setValue, idFor }}>
      <form className="form patient-form" onSubmit={submit} noValidate>
        {errorList.length > 0 ? (
          <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert">
            <p className="notice-title">Please check {errorList.length === 1 ? 'this' : 'these'}:</p>
            <ul>
              {errorList.map(({ field, message }) => (
                <li key={field}>
                  <a href={`#${idFor(field)}`}>
                    {labels[field]}: {message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {serverError}

        <Group legend="Name and identity">
          <TextField field="givenName" label={labels.givenName} autoComplete="off" />
          <TextField field="familyName" label={labels.familyName} />
          <TextField field="preferredName" label={labels.preferredName} optional />
          <TextField
            field="pronouns"
            label={labels.pronouns}
            hint="For example: she/her, they/them"
            optional
          />
          <TextField field="dateOfBirth" label={labels.dateOfBirth} type="date" max={todayIso()} />
          <SelectField
            field="sexAssignedAtBirth"
            label={labels.sexAssignedAtBirth}
            hint="Used for dosing and lab reference ranges"
            options={[
              ...(values.sexAssignedAtBirth === '' ? [{ value: '', label: 'Choose…' }] : []),
              { value: 'female', label: 'Female' },
              { value: 'male', label: 'Male' },
              { value: 'intersex', label: 'Intersex' },
              { value: 'unknown', label: 'Unknown' },
            ]}
          />
          <TextField field="genderIdentity" label={labels.genderIdentity} optional />
          <SelectField
            field="preferredLanguage"
            label={labels.preferredLanguage}
            options={languageOptions(values.preferredLanguage)}
          />
        </Group>

        <Group legend="Contact">
          <TextField field="phone" label={labels.phone} type="tel" inputMode="tel" optional />
          <TextField field="email" label={labels.email} type="email" inputMode="email" optional />
          <TextField
            field="addressLine1"
            label={labels.addressLine1}
            hint="Optional. If you add an address, fill in street, city, state and ZIP."
            className="field-wide"
          />
          <TextField field="addressLine2" label={labels.addressLine2} className="field-wide" optional />
          <TextField field="city" label={labels.city} />
          <TextField field="state" label={labels.state} hint="Two letters, e.g. OR" className="field-short" />
          <TextField
            field="postalCode"
            label={labels.postalCode}
            inputMode="numeric"
            className="field-short"
          />
          <SelectField field="timeZone" label={labels.timeZone} options={timeZoneOptions(values.timeZone)} />
        </Group>

        <Group legend="Emergency contact" note="Optional. If you add one, fill in all three.">
          <TextField field="emergencyName" label={labels.emergencyName} />
          <TextField field="emergencyRelationship" label={labels.emergencyRelationship} />
          <TextField field="emergencyPhone" label={labels.emergencyPhone} type="tel" inputMode="tel" />
        </Group>

        <Group legend="Preferred pharmacy" note="Optional. If you add one, give at least its name.">
          <TextField field="pharmacyName" label={labels.pharmacyName} />
          <TextField field="pharmacyPhone" label={labels.pharmacyPhone} type="tel" inputMode="tel" optional />
          <TextField field="pharmacyAddress" label={labels.pharmacyAddress} className="field-wide" optional />
        </Group>

        <Group legend="Insurance" note="Optional. If you add it, give the company and member ID.">
          <TextField field="insurancePayer" label={labels.insurancePayer} />
          <TextField field="insuranceMemberId" label={labels.insuranceMemberId} />
          <TextField field="insuranceGroupNumber" label={labels.insuranceGroupNumber} optional />
        </Group>

        {showStatus ? (
          <Group legend="Record">
            <SelectField
              field="status"
              label={labels.status}
              hint="Inactive patients stay searchable; nothing is deleted."
              options={[
                { value: 'active', label: 'Active' },
                { value: 'inactive', label: 'Inactive' },
              ]}
            />
          </Group>
        ) : null}

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          {cancel}
        </div>
      </form>
    </FormContext.Provider>
  );
}
