/**
 * The document a Document Service write changes, before and after it runs. A clone leaves its
 * source as it was and makes a new document, so only the result counts; a create has no
 * document before it.
 */
export function documentBeforeWrite(action: string, params: unknown): string | null {
  const documentId = (params as { documentId?: unknown } | undefined)?.documentId;
  return typeof documentId === 'string' && action !== 'clone' ? documentId : null;
}

export function documentAfterWrite(before: string | null, result: unknown): string | null {
  return before ?? (result as { documentId?: string } | null)?.documentId ?? null;
}
