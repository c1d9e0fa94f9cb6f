/**
 * The clinical engine, loaded on first use by a clinical verb. Loading it lazily keeps the other
 * verbs (start, migrate, demo) and every `--help` independent of the engine's build, and turns a
 * missing or outdated build into one clear message instead of a crash at start-up.
 */

export type ClinicalEngine = typeof import('@titrate/clinical');

let loading: Promise<ClinicalEngine> | undefined;

export function loadEngine(): Promise<ClinicalEngine> {
  loading ??= import('@titrate/clinical').catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the clinical engine (@titrate/clinical) could not be loaded: ${reason}. Build it with "npm run build".`,
    );
  });
  return loading;
}
