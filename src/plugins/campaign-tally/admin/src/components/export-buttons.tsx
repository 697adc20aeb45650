import { Button, Flex } from '@strapi/design-system';
import { Code, FileCsv, FileXls } from '@strapi/icons';

import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';

const ICONS: Record<ExportFormat, JSX.Element> = {
  csv: <FileCsv />,
  xlsx: <FileXls />,
  json: <Code />,
};

interface ExportButtonsProps {
  disabled: boolean;
  pending: ExportFormat | null;
  onExport: (format: ExportFormat) => void;
}

/** One button per export format; the server builds the file. */
export const ExportButtons = ({ disabled, pending, onExport }: ExportButtonsProps) => {
  const { t } = useTallyMessages();
  return (
    <Flex gap={2}>
      {EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          variant={format === 'xlsx' ? 'default' : 'secondary'}
          startIcon={ICONS[format]}
          loading={pending === format}
          disabled={disabled || (pending !== null && pending !== format)}
          onClick={() => onExport(format)}
          data-testid={`tally-export-${format}`}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
    </Flex>
  );
};
