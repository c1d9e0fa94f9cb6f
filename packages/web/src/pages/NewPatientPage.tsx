import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api, errorMessage } from '../api.js';
import {
  emptyPatientInput,
  type FormErrors,
  formErrorsFrom,
  PatientForm,
} from '../components/PatientForm.js';
import { ErrorPanel, useDocumentTitle } from '../components/ui.js';
import { canEditDemographics } from '../permissions.js';
import { useSession } from '../session.js';
import type { PatientInput } from '../types.js';

export function NewPatientPage() {
  useDocumentTitle('Add patient');
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [initial] = useState(emptyPatientInput);

  if (!canEditDemographics(session)) {
    return (
      <div className="page">
        <h1>Add patient</h1>
        <p>Your role can’t register patients. Ask the front desk or a clinic administrator.</p>
        <p>
          <Link to="/">Back to patients</Link>
        </p>
      </div>
    );
  }

  const create = async (input: PatientInput): Promise<FormErrors | undefined> => {
    setError(null);
    try {
      const patient = await api.createPatient(input);
      navigate(`/patients/${encodeURIComponent(patient.id)}`, {
        replace: true,
        state: { notice: 'created' },
      });
      return undefined;
    } catch (caught) {
      setError(errorMessage(caught));
      window.scrollTo(0, 0);
      return caught instanceof ApiError ? formErrorsFrom(caught.problem?.errors) : undefined;
    }
  };

  return (
    <div className="page page-narrow">
      <p className="breadcrumb">
        <Link to="/">
          <span aria-hidden="true">← </span>Patients
        </Link>
      </p>
      <h1>Add patient</h1>
      <PatientForm
        initial={initial}
        blankSex
        submitLabel="Add patient"
        busyLabel="Adding…"
        onSubmit={create}
        serverError={error ? <ErrorPanel title="The patient was not added" message={error} /> : null}
        cancel={
          <Link to="/" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </div>
  );
}
