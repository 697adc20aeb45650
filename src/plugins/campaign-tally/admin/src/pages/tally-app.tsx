import { Page } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { TallyPage } from './tally-page';

/** Route entry of the menu link: the page, for admins who hold the read action only. */
export const TallyApp = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <TallyPage />
  </Page.Protect>
);
