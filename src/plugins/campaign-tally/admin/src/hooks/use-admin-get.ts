import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface AdminGetState<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  retry: () => void;
}

/**
 * GETs a JSON admin route with the admin's token and refetches when the URL changes.
 * A null URL means "not ready yet" and fetches nothing. Stale responses are aborted, so a fast
 * change of filters never shows numbers from the previous selection.
 */
export const useAdminGet = <T>(url: string | null): AdminGetState<T> => {
  const { get } = useFetchClient();
  const [attempt, setAttempt] = React.useState(0);
  const [state, setState] = React.useState<Omit<AdminGetState<T>, 'retry'>>({
    data: undefined,
    error: undefined,
    isLoading: url !== null,
  });

  React.useEffect(() => {
    if (url === null) {
      setState({ data: undefined, error: undefined, isLoading: false });
      return undefined;
    }
    const controller = new AbortController();
    setState((prev) => ({ data: prev.data, error: undefined, isLoading: true }));
    get<T>(url, { signal: controller.signal }).then(
      (response) => {
        if (!controller.signal.aborted) {
          setState({ data: response.data, error: undefined, isLoading: false });
        }
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error, isLoading: false });
      }
    );
    return () => controller.abort();
  }, [get, url, attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
};
