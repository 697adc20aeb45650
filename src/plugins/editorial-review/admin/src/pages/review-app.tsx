import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { NavLink, Route, Routes } from 'react-router-dom';

import { useReviewMessages, type MessageKey } from '../messages';
import { PERMISSIONS } from '../permissions';
import { AuditPage } from './audit-page';
import { QueuePage } from './queue-page';
import { SheetPrintPage } from './sheet-print-page';
import { SheetsPage } from './sheets-page';
import { WordsPage } from './words-page';

const Tab = ({ to, label }: { to: string; label: string }) => (
  <NavLink
    to={to}
    end
    style={({ isActive }) => ({ textDecoration: 'none', fontWeight: isActive ? 700 : 400 })}
  >
    <Box paddingBottom={2}>
      <Typography textColor="primary600">{label}</Typography>
    </Box>
  </NavLink>
);

/** One page, the views the admin's rights unlock: 待我审核, 操作日志, 签发单导出, 错敏词库. */
const Section = ({
  title,
  subtitle,
  children,
}: {
  title: MessageKey;
  subtitle: MessageKey;
  children: React.ReactNode;
}) => {
  const { t } = useReviewMessages();
  const audit = useRBAC(PERMISSIONS.audit).allowedActions.canReadAudit;
  const sheets = useRBAC(PERMISSIONS.sheets).allowedActions.canReadSheets;
  const words = useRBAC(PERMISSIONS.words).allowedActions.canRead;
  return (
    <Page.Main>
      <Page.Title>{t(title)}</Page.Title>
      <Layouts.Header title={t(title)} subtitle={t(subtitle)} />
      <Layouts.Content>
        <Flex gap={6} paddingBottom={4}>
          <Tab to="." label={t('tabs.queue')} />
          {audit ? <Tab to="audit" label={t('tabs.audit')} /> : null}
          {sheets ? <Tab to="sheets" label={t('tabs.sheets')} /> : null}
          {words ? <Tab to="words" label={t('tabs.words')} /> : null}
        </Flex>
        {children}
      </Layouts.Content>
    </Page.Main>
  );
};

export const ReviewApp = () => (
  <Routes>
    <Route
      index
      element={
        <Section title="queue.title" subtitle="queue.subtitle">
          <QueuePage />
        </Section>
      }
    />
    <Route
      path="audit"
      element={
        <Page.Protect permissions={PERMISSIONS.audit}>
          <Section title="audit.title" subtitle="audit.subtitle">
            <AuditPage />
          </Section>
        </Page.Protect>
      }
    />
    <Route
      path="sheets"
      element={
        <Page.Protect permissions={PERMISSIONS.sheets}>
          <Section title="sheets.title" subtitle="sheets.subtitle">
            <SheetsPage />
          </Section>
        </Page.Protect>
      }
    />
    <Route
      path="words"
      element={
        <Page.Protect permissions={PERMISSIONS.words}>
          <Section title="words.title" subtitle="words.subtitle">
            <WordsPage />
          </Section>
        </Page.Protect>
      }
    />
    <Route
      path="sheets/:id"
      element={
        <Page.Protect permissions={PERMISSIONS.sheets}>
          <SheetPrintPage />
        </Page.Protect>
      }
    />
  </Routes>
);
