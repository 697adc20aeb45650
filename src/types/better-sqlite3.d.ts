// better-sqlite3 is used directly only by a unit test that checks the bucketing SQL; the
// minimal surface it touches is declared here rather than pulling in @types for one test.
declare module 'better-sqlite3' {
  interface Statement {
    get(...params: unknown[]): Record<string, unknown> | undefined;
    all(...params: unknown[]): Array<Record<string, unknown>>;
  }
  class Database {
    constructor(filename?: string);
    prepare(sql: string): Statement;
    close(): void;
  }
  export = Database;
}
