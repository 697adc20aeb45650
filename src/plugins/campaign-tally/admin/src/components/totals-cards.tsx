import { Grid } from '@strapi/design-system';
import { Feather, Microphone, PriceTag, Stack } from '@strapi/icons';

import type { TallyTotals } from '../../../shared/contracts';
import { useTallyMessages } from '../hooks/use-tally-messages';
import { StatCard } from './stat-card';

/** The three published totals the work summary quotes, and their sum. */
export const TotalsCards = ({ totals }: { totals: TallyTotals }) => {
  const { t, formatNumber } = useTallyMessages();
  const cards = [
    { key: 'articles', icon: <Feather />, accent: 'primary600', value: totals.articles },
    { key: 'episodes', icon: <Microphone />, accent: 'alternative600', value: totals.episodes },
    { key: 'pledges', icon: <PriceTag />, accent: 'warning600', value: totals.pledges },
    { key: 'total', icon: <Stack />, accent: 'success600', value: totals.total },
  ] as const;

  return (
    <Grid.Root gap={4}>
      {cards.map((card) => (
        <Grid.Item key={card.key} col={3} s={6} xs={12} direction="column" alignItems="stretch">
          <StatCard
            testId={`tally-total-${card.key}`}
            label={t(`totals.${card.key}`)}
            unit={t(`totals.unit.${card.key}`)}
            value={formatNumber(card.value)}
            icon={card.icon}
            accent={card.accent}
          />
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};
