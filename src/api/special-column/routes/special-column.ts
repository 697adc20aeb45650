import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::special-column.special-column');
