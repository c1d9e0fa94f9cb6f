import type { Database } from '../db/database.js';
import { withTenant } from '../db/database.js';
import { hashPassword } from '../domain/passwords.js';
import { sealSecret } from '../domain/secret-box.js';
import { insertDemoCare } from './care.js';
import { DEMO_PASSWORD, type DemoClinic, type DemoOptions, generateDemoClinic } from './clinic.js';
import { insertDemoClinicalRecord } from './clinical-record.js';
import { insertDemoCourses } from './courses.js';
import { insertDemoFills } from './fills.js';
import { insertDemoReminders } from './reminders.js';
import { demoTotpSecret } from './totp.js';
import { insertDemoVisits } from './visits.js';

/**
 * Tables holding demo rows, children before parents, for `titrate demo --reset`. Every new
 * tenant-scoped table is added here (a test checks that none is missing).
 */
export const TENANT_TABLES_DELETE_ORDER = [
  'medication_fills',
  'erx_outbox',
  'medication_trials',
  'evaluation_amendments',
  'evaluations',
  'visit_note_amendments',
  'visit_notes',
  'appointments',
  'check_in_nudges',
  'refill_requests',
  'messages',
  'side_effect_reports',
  'daily_check_ins',
  'scale_assignments',
  'observations',
  'allergies',
  'conditions',
  'reminders',
  'dose_schedules',
  'dose_events',
  'patient_routines',
  'consents',
  'emergency_access_grants',
  'tasks',
  'questionnaire_responses',
  'shared_decisions',
  'order_alerts',
  'medication_orders',
  'api_tokens',
  'mfa_recovery_codes',
  'user_mfa',
  'password_resets',
  'invitations',
  'sessions',
  'guardian_links',
  'care_team_members',
  'user_roles',
  'users',
  'patients',
] as const;

export async function organizationCount(database: Database): Promise<number> {
  const rows = await database.queryAsOwner<{ count: number }>(
    'select count(*)::int as count from organizations',
  );
  return rows[0]?.count ?? 0;
}

/** Loads the demo clinic; returns what was loaded (for printing the sign-in accounts). */
export async function loadDemoClinic(database: Database, options: DemoOptions = {}): Promise<DemoClinic> {
  const clinic = generateDemoClinic(options);
  // One hash for every demo account: they share the published demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const org = clinic.organization;
  await withTenant(database.db, org.id, async (trx) => {
    await trx
      .insertInto('organizations')
      .values({
        id: org.id,
        name: org.name,
        slug: org.slug,
        time_zone: org.timeZone,
        settings: JSON.stringify({ clinicWideAccess: false }),
      })
      .execute();
    const staffId = new Map(clinic.staff.map((s) => [s.email, s.id]));
    for (const person of clinic.staff) {
      await trx
        .insertInto('users')
        .values({
          id: person.id,
          organization_id: org.id,
          email: person.email,
          display_name: person.displayName,
          given_name: person.givenName,
          family_name: person.familyName,
          password_hash: passwordHash,
          credential: person.credential,
          npi: person.npi,
          dea_number: person.deaNumber,
          supervising_user_id: person.supervisorEmail ? (staffId.get(person.supervisorEmail) ?? null) : null,
          patient_id: null,
          // Demo: the psychiatrist and the NP are on the emergency-access (break-glass) list.
          emergency_access_allowed: /^(psychiatrist|np)@/.test(person.email),
        })
        .execute();
      await trx
        .insertInto('user_roles')
        .values(person.roles.map((role) => ({ user_id: person.id, organization_id: org.id, role })))
        .execute();
      // Every demo staff account has TOTP set up, with a demo-only derived secret (demo/totp.ts).
      await trx
        .insertInto('user_mfa')
        .values({
          user_id: person.id,
          organization_id: org.id,
          secret_encrypted: sealSecret(demoTotpSecret(person.email)),
          confirmed_at: new Date(),
          last_used_step: null,
        })
        .execute();
    }
    for (const p of clinic.patients) {
      await trx
        .insertInto('patients')
        .values({
          id: p.id,
          organization_id: org.id,
          mrn: p.mrn,
          given_name: p.givenName,
          family_name: p.familyName,
          preferred_name: p.preferredName,
          pronouns: p.pronouns,
          date_of_birth: p.dateOfBirth,
          sex_assigned_at_birth: p.sexAssignedAtBirth,
          gender_identity: p.genderIdentity,
          phone: p.phone,
          email: p.email,
          address: JSON.stringify(p.address),
          time_zone: p.timeZone,
          preferred_language: p.preferredLanguage,
          emergency_contact: JSON.stringify(p.emergencyContact),
          preferred_pharmacy: JSON.stringify(p.preferredPharmacy),
          insurance: JSON.stringify(p.insurance),
          created_at: `${p.enrolledOn}T15:00:00Z`,
          updated_at: `${p.enrolledOn}T15:00:00Z`,
        })
        .execute();
      await trx
        .insertInto('users')
        .values({
          id: p.userId,
          organization_id: org.id,
          email: p.email,
          display_name: p.preferredName ?? p.givenName,
          given_name: p.givenName,
          family_name: p.familyName,
          password_hash: passwordHash,
          credential: null,
          npi: null,
          dea_number: null,
          supervising_user_id: null,
          patient_id: p.id,
        })
        .execute();
      await trx
        .insertInto('user_roles')
        .values({ user_id: p.userId, organization_id: org.id, role: 'patient' })
        .execute();
      await trx
        .insertInto('care_team_members')
        .values(
          p.careTeam.map((member) => ({
            organization_id: org.id,
            patient_id: p.id,
            user_id: staffId.get(member.email) as string,
            role: member.role,
            is_primary: member.isPrimary,
          })),
        )
        .execute();
      if (p.guardian) {
        const g = p.guardian;
        await trx
          .insertInto('users')
          .values({
            id: g.id,
            organization_id: org.id,
            email: g.email,
            display_name: `${g.givenName} ${g.familyName}`,
            given_name: g.givenName,
            family_name: g.familyName,
            password_hash: passwordHash,
            credential: null,
            npi: null,
            dea_number: null,
            supervising_user_id: null,
            patient_id: null,
          })
          .execute();
        await trx
          .insertInto('user_roles')
          .values({ user_id: g.id, organization_id: org.id, role: 'guardian' })
          .execute();
        await trx
          .insertInto('guardian_links')
          .values({
            organization_id: org.id,
            patient_id: p.id,
            guardian_user_id: g.id,
            relationship: g.relationship,
          })
          .execute();
      }
    }
    // Orders, scores and a safety task for some patients (same anchor date as the clinic).
    await insertDemoCare(trx, clinic, options.anchorDate ?? new Date().toISOString().slice(0, 10));
    // Routines, dose schedules and a two-week dose log for the patients with an active order.
    await insertDemoReminders(trx, clinic, options.anchorDate ?? new Date().toISOString().slice(0, 10));
    // Diagnoses, an allergy and lab series (lithium, clozapine ANC, alcohol use disorder).
    await insertDemoClinicalRecord(trx, clinic, options.anchorDate ?? new Date().toISOString().slice(0, 10));
    // A past visit with a signed note and the next visit booked, for most patients.
    await insertDemoVisits(trx, clinic, options.anchorDate ?? new Date().toISOString().slice(0, 10));
    // Pharmacy fills of the active orders (adherence by refill dates).
    await insertDemoFills(trx, clinic, options.anchorDate ?? new Date().toISOString().slice(0, 10));
    // Two told courses: a non-responder switched to a second antidepressant; an adolescent on fluoxetine.
    await insertDemoCourses(trx, clinic, options.anchorDate ?? new Date().toISOString().slice(0, 10));
  });
  return clinic;
}

/** Removes the demo organization and everything in it (schema owner: the app role cannot delete). */
export async function removeDemoClinic(database: Database, organizationSlug = 'riverbend'): Promise<void> {
  const rows = await database.queryAsOwner<{ id: string }>('select id from organizations where slug = $1', [
    organizationSlug,
  ]);
  const id = rows[0]?.id;
  if (!id) return;
  const quoted = `'${id.replace(/'/g, "''")}'`;
  const statements = [
    'begin;',
    `update users set patient_id = null, supervising_user_id = null where organization_id = ${quoted};`,
    ...TENANT_TABLES_DELETE_ORDER.map((table) => `delete from ${table} where organization_id = ${quoted};`),
    `delete from organizations where id = ${quoted};`,
    'commit;',
  ];
  await database.execAsOwner(statements.join('\n'));
}
