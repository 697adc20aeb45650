import { isFetchError } from '@strapi/strapi/admin';

const messageOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'message' in value && typeof value.message === 'string'
    ? value.message || null
    : null;

/**
 * The message to show for a failed admin request: the server's own error text when it sent one.
 * Handles the fetch client's FetchError and RTK Query's error objects ({ name, message, status }).
 */
export const getApiErrorMessage = (error: unknown): string | null => {
  if (isFetchError(error)) {
    const serverMessage = error.response?.data?.error?.message;
    if (serverMessage) return serverMessage;
    if (error.status) return `HTTP ${error.status}`;
  }
  const message = messageOf(error);
  if (message) return message;
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number')
    return `HTTP ${error.status}`;
  return null;
};
