declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
  }
  interface Result {
    '2xx': number;
    non2xx: number;
    errors: number;
    timeouts: number;
    requests: { average: number };
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
