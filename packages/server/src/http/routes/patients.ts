import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PatientService } from '../../domain/patients.js';
import { CARE_TEAM_MANAGERS, PATIENT_REGISTRARS, STAFF_ROLES } from '../../domain/principal.js';
import { expectedVersion, requirePrincipal, setEtag } from '../context.js';
import { IdParams, PatientFields, PatientPatch, PatientQuery, Uuid } from '../schemas.js';

const CareTeamMember = z
  .object({
    userId: Uuid,
    role: z.enum(['prescriber', 'nurse', 'care-coordinator', 'therapist', 'collaborator']),
    isPrimary: z.boolean().optional(),
  })
  .strict();
const MemberParams = z.object({ id: Uuid, userId: Uuid }).strict();

export function patientRoutes(patients: PatientService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/patients',
      {
        // Guardians are included: the service limits them to the adolescents linked to them.
        config: { access: [...STAFF_ROLES, 'guardian'] },
        schema: {
          tags: ['patients'],
          summary: 'Search patients by name, date of birth (YYYY-MM-DD) or MRN; paginated',
          querystring: PatientQuery,
        },
      },
      async (request) => patients.search(requirePrincipal(request), request.query),
    );
    app.post(
      '/patients',
      {
        config: { access: PATIENT_REGISTRARS },
        schema: { tags: ['patients'], summary: 'Register a patient', body: PatientFields },
      },
      async (request, reply) => {
        const created = await patients.create(requirePrincipal(request), request.body);
        setEtag(reply, created.version);
        return reply.status(201).header('location', `/api/v1/patients/${created.id}`).send(created);
      },
    );
    app.get(
      '/patients/:id',
      {
        config: { access: [...STAFF_ROLES, 'guardian'], section: 'demographics' },
        schema: { tags: ['patients'], summary: 'A patient’s demographics', params: IdParams },
      },
      async (request, reply) => {
        const patient = await patients.get(requirePrincipal(request), request.params.id);
        setEtag(reply, patient.version);
        return patient;
      },
    );
    app.patch(
      '/patients/:id',
      {
        config: { access: PATIENT_REGISTRARS, section: 'demographics' },
        schema: {
          tags: ['patients'],
          summary: 'Change demographics (send If-Match with the ETag you read; 409 if it changed since)',
          params: IdParams,
          body: PatientPatch,
        },
      },
      async (request, reply) => {
        const updated = await patients.update(
          requirePrincipal(request),
          request.params.id,
          expectedVersion(request),
          request.body,
        );
        setEtag(reply, updated.version);
        return updated;
      },
    );
    app.get(
      '/patients/:id/care-team',
      {
        config: { access: [...STAFF_ROLES, 'guardian'], section: 'care-team' },
        schema: { tags: ['patients'], summary: 'The patient’s care team', params: IdParams },
      },
      async (request) => ({ items: await patients.careTeam(requirePrincipal(request), request.params.id) }),
    );
    app.post(
      '/patients/:id/care-team',
      {
        config: { access: CARE_TEAM_MANAGERS, section: 'care-team' },
        schema: {
          tags: ['patients'],
          summary: 'Add a clinician to the care team (or change their role there)',
          params: IdParams,
          body: CareTeamMember,
        },
      },
      async (request) => {
        const principal = requirePrincipal(request);
        await patients.addCareTeamMember(principal, request.params.id, request.body);
        return { items: await patients.careTeam(principal, request.params.id) };
      },
    );
    app.delete(
      '/patients/:id/care-team/:userId',
      {
        config: { access: CARE_TEAM_MANAGERS, section: 'care-team' },
        schema: {
          tags: ['patients'],
          summary: 'Take a clinician off the care team (kept in the history)',
          params: MemberParams,
        },
      },
      async (request, reply) => {
        await patients.removeCareTeamMember(
          requirePrincipal(request),
          request.params.id,
          request.params.userId,
        );
        return reply.status(204).send();
      },
    );
  };
}
