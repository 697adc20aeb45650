import { CHECKED_FIELDS } from '../../../shared/word-check';
import { blocksText } from '../fingerprint/draft-fingerprint';

/** One piece of text the check reads, named the way the hits name it. */
export interface TextSegment {
  field: string;
  fieldLabel: string;
  text: string;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The texts of a draft (or of the values an edit form holds) that the check reads, per the
 * CHECKED_FIELDS registry: one segment per text field, per body block, per component field.
 */
export function checkedText(uid: string, data: Record<string, unknown>): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const field of CHECKED_FIELDS[uid] ?? []) {
    const value = data[field.name];
    if (field.kind === 'text') {
      segments.push({ field: field.name, fieldLabel: field.label, text: asText(value) });
    } else if (field.kind === 'blocks') {
      (Array.isArray(value) ? value : []).forEach((block, i) =>
        segments.push({
          field: `${field.name}[${i}]`,
          fieldLabel: `${field.label}第${i + 1}段`,
          text: blocksText([block]),
        })
      );
    } else {
      (Array.isArray(value) ? value : []).forEach((entry, i) => {
        for (const inner of field.fields)
          segments.push({
            field: `${field.name}[${i}].${inner.name}`,
            fieldLabel: `${field.label}${i + 1}·${inner.label}`,
            text: asText((entry as Record<string, unknown> | null)?.[inner.name]),
          });
      });
    }
  }
  return segments.filter((s) => s.text.length > 0);
}

/** The components a draft must be read with for the check. */
export const checkedPopulate = (uid: string): Record<string, true> =>
  Object.fromEntries(
    (CHECKED_FIELDS[uid] ?? []).filter((f) => f.kind === 'component').map((f) => [f.name, true])
  );
