import { useCallback, useState } from 'react';
import { Link, Outlet, useLocation, useMatch, useNavigate, useOutletContext, useParams } from 'react-router';
import { ApiError, api, errorMessage, type PatientWithEtag } from '../api.js';
import { CareTeamList } from '../components/CareTeamList.js';
import { ClinicalOverview } from '../components/clinical.js';
import {
  changedFields,
  type FormErrors,
  formErrorsFrom,
  PatientForm,
  patientInputOf,
} from '../components/PatientForm.js';
import { EmergencyBanner, SharingPanel } from '../components/sharing.js';
import { Card, ErrorPanel, Facts, Loading, Notice, useDocumentTitle } from '../components/ui.js';
import {
  addressLines,
  formatAge,
  formatDate,
  formatDateTime,
  fullName,
  languageName,
  sexLabel,
  telHref,
  timeZoneName,
} from '../format.js';
import { canEditDemographics } from '../permissions.js';
import { useSession } from '../session.js';
import { type ChartPatient, canManageConsents } from '../sharing.js';
import type { CareTeamMember, Patient, PatientInput } from '../types.js';
import { type AsyncState, useAsync } from '../useAsync.js';
import { ChartRecordLinks } from './ChartMonitoringPage.js';
import { ChartLinks } from './VisitNotePage.js';

export interface ChartContext {
  patient: Patient;
  etag: string;
  careTeam: AsyncState<CareTeamMember[]>;
  reloadCareTeam(): void;
  /** Replaces the chart's copy of the record with the server's answer to a save. */
  replacePatient(next: PatientWithEtag): void;
  /** Fetches the record again (after a conflict). */
  reloadPatient(): void;
}

/** Messages a page can leave for the chart summary when it navigates there. */
interface ChartLocationState {
  notice?: 'saved' | 'created' | 'unchanged';
}

function chartNotice(state: unknown): ChartLocationState['notice'] {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return undefined;
  const notice = state.notice;
  return notice === 'saved' || notice === 'created' || notice === 'unchanged' ? notice : undefined;
}

export function ChartLayout() {
  useDocumentTitle('Chart');
  const { patientId = '' } = useParams();
  const loadPatient = useCallback((signal: AbortSignal) => api.getPatient(patientId, signal), [patientId]);
  const loadCareTeam = useCallback((signal: AbortSignal) => api.getCareTeam(patientId, signal), [patientId]);
  const record = useAsync(loadPatient);
  const careTeam = useAsync(loadCareTeam);

  if (record.state.status === 'loading') return <Loading label="Opening chart…" />;
  if (record.state.status === 'error') {
    const notFound = record.state.error instanceof ApiError && record.state.error.status === 404;
    return (
      <div className="page">
        <BackToPatients />
        <h1>{notFound ? 'Patient not found' : 'We couldn’t open this chart'}</h1>
        {notFound ? (
          <p>This chart doesn’t exist, or you don’t have access to it.</p>
        ) : (
          <ErrorPanel message={record.state.message} onRetry={record.reload} />
        )}
      </div>
    );
  }

  const { patient, etag } = record.state.data;
  const context: ChartContext = {
    patient,
    etag,
    careTeam: careTeam.state,
    reloadCareTeam: careTeam.reload,
    replacePatient: record.setData,
    reloadPatient: record.reload,
  };
  return (
    <div className="page chart">
      <BackToPatients />
      <ChartHeader patient={patient} />
      {(patient as ChartPatient).emergencyAccess ? (
        <EmergencyBanner access={(patient as ChartPatient).emergencyAccess!} />
      ) : null}
      <Outlet context={context} />
    </div>
  );
}

function BackToPatients() {
  return (
    <p className="breadcrumb">
      <Link to="/">
        <span aria-hidden="true">← </span>Patients
      </Link>
    </p>
  );
}

function ChartHeader({ patient }: { patient: Patient }) {
  const session = useSession();
  const onEditPage = useMatch('/patients/:patientId/edit') !== null;
  const aside = [
    patient.preferredName ? `Goes by ${patient.preferredName}` : '',
    patient.pronouns ?? '',
  ].filter(Boolean);
  const age = formatAge(patient.dateOfBirth);
  return (
    <div className="chart-header">
      <div className="chart-identity">
        <h1 className="chart-name">
          {fullName(patient)}
          {patient.status === 'inactive' ? <span className="badge badge-muted">Inactive</span> : null}
        </h1>
        {aside.length > 0 ? <p className="chart-aside">{aside.join(' · ')}</p> : null}
      </div>
      <dl className="chart-facts">
        <div>
          <dt>Age</dt>
          <dd>{age || '—'}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{formatDate(patient.dateOfBirth)}</dd>
        </div>
        <div>
          <dt>Sex at birth</dt>
          <dd>{sexLabel(patient.sexAssignedAtBirth)}</dd>
        </div>
        <div>
          <dt>MRN</dt>
          <dd className="mono">{patient.mrn}</dd>
        </div>
      </dl>
      {canEditDemographics(session) && !onEditPage ? (
        <div className="chart-actions">
          <Link to="edit" className="button button-secondary">
            Edit details
          </Link>
        </div>
      ) : null}
    </div>
  );
}

function Phone({ value }: { value: string | null }) {
  if (!value) return null;
  return <a href={telHref(value)}>{value}</a>;
}

export function ChartSummary() {
  const { patient, careTeam, reloadCareTeam } = useOutletContext<ChartContext>();
  const session = useSession();
  const location = useLocation();
  const notice = chartNotice(location.state);
  const contact = patient.emergencyContact;
  const pharmacy = patient.preferredPharmacy;
  const insurance = patient.insurance;

  return (
    <>
      {notice === 'saved' ? <Notice tone="success">Changes saved.</Notice> : null}
      {notice === 'created' ? <Notice tone="success">Patient added.</Notice> : null}
      {notice === 'unchanged' ? <Notice>Nothing was changed.</Notice> : null}
      {session.user.roles.some((r) => r === 'prescriber' || r === 'nurse') ? (
        <ChartLinks patientId={patient.id} />
      ) : null}
      <ChartRecordLinks patientId={patient.id} />
      <ClinicalOverview patientId={patient.id} />
      <h2 className="visually-hidden">Summary</h2>
      <div className="card-grid">
        <Card title="Demographics" headingLevel={3}>
          <Facts
            items={[
              { label: 'Legal name', value: fullName(patient) },
              { label: 'Preferred name', value: patient.preferredName },
              { label: 'Pronouns', value: patient.pronouns },
              { label: 'Gender identity', value: patient.genderIdentity },
              { label: 'Sex assigned at birth', value: sexLabel(patient.sexAssignedAtBirth) },
              { label: 'Date of birth', value: formatDate(patient.dateOfBirth) },
              { label: 'Preferred language', value: languageName(patient.preferredLanguage) },
              { label: 'Record status', value: patient.status === 'active' ? 'Active' : 'Inactive' },
            ]}
          />
        </Card>

        <Card title="Contact" headingLevel={3}>
          <Facts
            items={[
              { label: 'Phone', value: <Phone value={patient.phone} /> },
              {
                label: 'Email',
                value: patient.email ? <a href={`mailto:${patient.email}`}>{patient.email}</a> : null,
              },
              {
                label: 'Address',
                value: patient.address ? <MultiLine lines={addressLines(patient.address)} /> : null,
              },
              { label: 'Time zone', value: timeZoneName(patient.timeZone) },
            ]}
          />
        </Card>

        <Card title="Emergency contact" headingLevel={3}>
          {contact ? (
            <Facts
              items={[
                { label: 'Name', value: contact.name },
                { label: 'Relationship', value: contact.relationship },
                { label: 'Phone', value: <Phone value={contact.phone} /> },
              ]}
            />
          ) : (
            <p className="muted">None recorded.</p>
          )}
        </Card>

        <Card title="Preferred pharmacy" headingLevel={3}>
          {pharmacy ? (
            <Facts
              items={[
                { label: 'Name', value: pharmacy.name },
                { label: 'Phone', value: <Phone value={pharmacy.phone} /> },
                { label: 'Address', value: pharmacy.address },
              ]}
            />
          ) : (
            <p className="muted">None recorded.</p>
          )}
        </Card>

        <Card title="Insurance" headingLevel={3}>
          {insurance ? (
            <Facts
              items={[
                { label: 'Insurance company', value: insurance.payer },
                { label: 'Member ID', value: <span className="mono">{insurance.memberId}</span> },
                {
                  label: 'Group number',
                  value: insurance.groupNumber ? <span className="mono">{insurance.groupNumber}</span> : null,
                },
              ]}
            />
          ) : (
            <p className="muted">None recorded.</p>
          )}
        </Card>

        <Card title="Care team" headingLevel={3}>
          <CareTeamList state={careTeam} onRetry={reloadCareTeam} />
        </Card>

        {canManageConsents(session) ? <SharingPanel patientId={patient.id} /> : null}
      </div>
      <p className="record-meta muted">
        Record created {formatDateTime(patient.createdAt)} · last updated {formatDateTime(patient.updatedAt)}
      </p>
    </>
  );
}

function MultiLine({ lines }: { lines: string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        // Address lines can repeat; their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list of lines
        <span className="line" key={index}>
          {line}
        </span>
      ))}
    </>
  );
}

export function ChartEdit() {
  const { patient, etag, replacePatient, reloadPatient } = useOutletContext<ChartContext>();
  const session = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<{ conflict: boolean; message: string } | null>(null);
  useDocumentTitle('Edit details');

  if (!canEditDemographics(session)) {
    return (
      <>
        <h2>Edit details</h2>
        <p>Your role can view these details but not change them.</p>
      </>
    );
  }

  const before = patientInputOf(patient);
  const save = async (after: PatientInput): Promise<FormErrors | undefined> => {
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) {
      navigate('..', { relative: 'path', state: { notice: 'unchanged' } satisfies ChartLocationState });
      return undefined;
    }
    setProblem(null);
    try {
      const saved = await api.updatePatient(patient.id, etag, changes);
      replacePatient(saved);
      navigate('..', { relative: 'path', state: { notice: 'saved' } satisfies ChartLocationState });
      return undefined;
    } catch (error) {
      const conflict = error instanceof ApiError && (error.status === 409 || error.status === 412);
      setProblem({ conflict, message: errorMessage(error) });
      window.scrollTo(0, 0);
      return error instanceof ApiError ? formErrorsFrom(error.problem?.errors) : undefined;
    }
  };

  const serverError = problem ? (
    problem.conflict ? (
      <ErrorPanel title="Someone else changed this record" message={problem.message}>
        <p>Your changes have not been saved.</p>
        <button type="button" className="button button-secondary" onClick={reloadPatient}>
          Load the latest version
        </button>
      </ErrorPanel>
    ) : (
      <ErrorPanel title="Your changes were not saved" message={problem.message} />
    )
  ) : null;

  return (
    <>
      <h2>Edit details</h2>
      <PatientForm
        // A new version of the record starts the form afresh.
        key={etag}
        initial={before}
        showStatus
        submitLabel="Save changes"
        busyLabel="Saving…"
        onSubmit={save}
        serverError={serverError}
        cancel={
          <Link to=".." relative="path" className="button button-quiet">
            Cancel
          </Link>
        }
      />
    </>
  );
}
