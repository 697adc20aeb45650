import { createHmac, timingSafeEqual } from 'crypto';

/** How long a preview link opens the draft: the edit view asks for a new one each time. */
export const PREVIEW_LINK_TTL_MS = 15 * 60_000;

export interface PreviewTarget {
  uid: string;
  documentId: string;
  status: 'draft' | 'published';
}

const payload = (t: PreviewTarget, expires: number) =>
  `${t.uid}|${t.documentId}|${t.status}|${expires}`;
const sign = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text).digest('base64url');

/**
 * A link to one document's preview, signed with the admin's JWT secret. The iframe that loads it
 * carries no admin token, so the link itself is the proof: only the content manager's
 * preview-url route, for an admin who may read the document, hands it out.
 */
export function previewPath(secret: string, t: PreviewTarget, now = Date.now()): string {
  const expires = now + PREVIEW_LINK_TTL_MS;
  const query = new URLSearchParams({
    status: t.status,
    expires: String(expires),
    sig: sign(secret, payload(t, expires)),
  });
  return `/editorial-review/preview/${encodeURIComponent(t.uid)}/${encodeURIComponent(t.documentId)}?${query}`;
}

/** Whether a link is one this server signed for this target and has not expired. */
export function isValidPreviewLink(
  secret: string,
  t: PreviewTarget,
  expires: number,
  sig: string,
  now = Date.now()
): boolean {
  if (!Number.isSafeInteger(expires) || expires < now) return false;
  const expected = Buffer.from(sign(secret, payload(t, expires)));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
