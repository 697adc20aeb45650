import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../shared/constants';
import type { WordHit } from '../../shared/word-check';
import type {
  AuditResponse,
  QueueResponse,
  ReviewStateResponse,
  SheetRecord,
} from '../../shared/contracts';

const base = `/${PLUGIN_ID}`;
export const documentPath = (uid: string, documentId: string) =>
  `${base}/documents/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`;

const query = (params: Record<string, string | number | undefined | null>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** The plugin's admin routes, through the admin's authenticated fetch client. */
export const useReviewApi = () => {
  const { get, post } = useFetchClient();
  return {
    state: async (uid: string, documentId: string) =>
      (await get<ReviewStateResponse>(documentPath(uid, documentId))).data.data,
    act: async (
      uid: string,
      documentId: string,
      action: 'submit' | 'approve' | 'reject' | 'withdraw',
      body: object = {}
    ) =>
      (await post<{ data: { stage?: string } }>(`${documentPath(uid, documentId)}/${action}`, body))
        .data.data,
    queue: async (params: Record<string, string | number | undefined>) =>
      (await get<QueueResponse>(`${base}/queue${query(params)}`)).data,
    audit: async (params: Record<string, string | number | undefined>) =>
      (await get<AuditResponse>(`${base}/audit${query(params)}`)).data,
    sheet: async (id: string) =>
      (await get<{ data: SheetRecord }>(`${base}/sheets/${encodeURIComponent(id)}`)).data.data,
    checkWords: async (uid: string, documentId: string) =>
      (
        await post<{ data: WordHit[]; meta: { blocking: number } }>(
          `${base}/word-check/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`,
          {}
        )
      ).data,
    importWords: async (list: 'words' | 'allowed', file: File) => {
      const form = new FormData();
      form.append('file', file);
      return (
        await post<{
          data: {
            created: number;
            updated: number;
            rejected: Array<{ row: number; message: string }>;
          };
        }>(`${base}/word-library/import${query({ list })}`, form)
      ).data.data;
    },
    download: async (path: string, params: Record<string, string | number | undefined>) =>
      get<Blob>(`${base}/${path}${query(params)}`, {
        responseType: 'blob',
        validateStatus: (status: number) => status !== 401,
      }),
  };
};
