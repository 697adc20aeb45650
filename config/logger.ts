// LOG_LEVEL lets the test run and the benchmarks stay quiet without touching code.
export default {
  level: process.env.LOG_LEVEL || 'http',
};
