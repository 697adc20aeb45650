import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::special-column.special-column');
