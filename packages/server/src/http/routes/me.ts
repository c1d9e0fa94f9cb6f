import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';
import type { PatientService } from '../../domain/patients.js';
import { requirePrincipal } from '../context.js';

/** The patient's own view of their record. */
export function meRoutes(patients: PatientService) {
  return async (base: FastifyInstance) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/me',
      { config: { access: ['patient'] }, schema: { tags: ['portal'], summary: 'My own record (patients)' } },
      async (request) => {
        const principal = requirePrincipal(request);
        if (!principal.patientId)
          throw new AppError('not-found', 'This account is not linked to a patient record.');
        const [patient, careTeam] = await Promise.all([
          patients.get(principal, principal.patientId),
          patients.careTeam(principal, principal.patientId),
        ]);
        return { patient, careTeam };
      },
    );
  };
}
