import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::special-column.special-column');
