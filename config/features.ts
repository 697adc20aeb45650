// Strapi stamps firstPublishedAt on the first publish and never moves it: the tallies' period.
export default {
  future: {
    experimental_firstPublishedAt: true,
  },
};
