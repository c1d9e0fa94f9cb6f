/**
 * Failed sign-in counters per account and per network address, for temporary lockouts.
 * Keys are SHA-256 hashes (an email address can itself identify a patient); the table holds no
 * tenant data, so it has no row-level security.
 */
export const up = /* sql */ `
create table sign_in_throttle (
  key text primary key,
  failures integer not null,
  first_failure_at timestamptz not null,
  locked_until timestamptz
);
grant select, insert, update on sign_in_throttle to titrate_app;
`;
