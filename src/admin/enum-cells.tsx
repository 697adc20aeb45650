import { Typography } from '@strapi/design-system';

import { enumLabel } from '../bootstrap/layouts/enum-labels';

/** The content manager's list-view hook (Strapi 5.54 `INJECT_COLUMN_IN_TABLE`). */
export const INJECT_COLUMN_IN_TABLE = 'Admin/CM/pages/ListView/inject-column-in-table';

interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: unknown;
}
interface ListViewHookArgs {
  displayedHeaders: ListHeader[];
  layout: unknown;
}

const EnumCell = ({ model, field, value }: { model: string; field: string; value: unknown }) => {
  const text = typeof value === 'string' ? (enumLabel(model, field, value) ?? value) : '-';
  return <Typography textColor="neutral800">{text}</Typography>;
};

/**
 * List-view cells print an enumeration's stored value (`short-video`); this gives every
 * enumeration column a formatter that prints its Chinese label from the registry. A value the
 * registry does not know still shows, as stored.
 */
export const labelEnumColumns = ({ displayedHeaders, layout }: ListViewHookArgs) => ({
  layout,
  displayedHeaders: displayedHeaders.map((header) =>
    header.attribute?.type === 'enumeration' && !header.cellFormatter
      ? {
          ...header,
          cellFormatter: (
            row: Record<string, unknown>,
            _header: unknown,
            ctx: { model: string }
          ) => <EnumCell model={ctx.model} field={header.name} value={row[header.name]} />,
        }
      : header
  ),
});
