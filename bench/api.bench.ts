/**
 * API benchmark: a patient chart read and a name search through the whole HTTP stack (session,
 * access check, row-level security, PGlite), against `/healthz` in the same process as the
 * baseline. Reports medians and their ratio to the baseline.
 */

import { loadConfig } from '../packages/server/src/config.js';
import { openEmbedded } from '../packages/server/src/db/database.js';
import { DEMO_PASSWORD } from '../packages/server/src/demo/clinic.js';
import { loadDemoClinic } from '../packages/server/src/demo/load.js';
import { buildApp } from '../packages/server/src/http/app.js';
import { measure } from './stats.js';

const database = await openEmbedded();
await database.migrate();
await loadDemoClinic(database, { anchorDate: '2026-11-01' });
const app = await buildApp({
  config: loadConfig({ LOG_LEVEL: 'silent', TITRATE_DEMO: 'off', TITRATE_COOKIE_SECURE: 'false' }),
  database,
});
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { email: 'psychiatrist@demo.titrate.test', password: DEMO_PASSWORD },
});
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const list = (await app.inject({ url: '/api/v1/patients', headers: { cookie } })).json() as {
  items: { id: string }[];
};
const patientId = list.items[0]?.id;

const baseline = await measure(() => app.inject('/healthz'), { iterations: 1000 });
const chart = await measure(() => app.inject({ url: `/api/v1/patients/${patientId}`, headers: { cookie } }), {
  iterations: 1000,
});
const search = await measure(() => app.inject({ url: '/api/v1/patients?q=ab', headers: { cookie } }), {
  iterations: 1000,
});
await app.close();
await database.close();

console.log(
  JSON.stringify(
    {
      benchmark: 'api',
      baseline: { name: 'GET /healthz', ...baseline },
      results: [
        { name: 'GET /api/v1/patients/{id}', ...chart, ratioToBaseline: chart.medianMs / baseline.medianMs },
        {
          name: 'GET /api/v1/patients?q=ab',
          ...search,
          ratioToBaseline: search.medianMs / baseline.medianMs,
        },
      ],
    },
    null,
    2,
  ),
);
