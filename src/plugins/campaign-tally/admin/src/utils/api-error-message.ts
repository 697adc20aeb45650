import { isFetchError } from '@strapi/strapi/admin';

/** The message to show for a failed admin request: the server's own error text when it sent one. */
export const getApiErrorMessage = (error: unknown): string | null => {
  if (isFetchError(error)) {
    const serverMessage = error.response?.data?.error?.message;
    if (serverMessage) return serverMessage;
    if (error.status) return `HTTP ${error.status}`;
  }
  return error instanceof Error && error.message ? error.message : null;
};
