import { useCallback, useEffect, useState } from 'react';
import { errorMessage, isAbortError } from './api.js';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; message: string }
  | { status: 'ready'; data: T };

export interface AsyncResult<T> {
  state: AsyncState<T>;
  reload(): void;
  /** Replaces the loaded data, e.g. with the server's answer to a save. */
  setData(data: T): void;
}

/**
 * Runs `load` when it changes (wrap it in useCallback) and on reload; aborts the previous run.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>): AsyncResult<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ status: 'error', error, message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, setData };
}
