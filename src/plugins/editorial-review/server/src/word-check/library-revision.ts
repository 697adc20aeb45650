import Redis from 'ioredis';
import type { WordRepository } from '../repositories/word-repository';

/** Which version of the 错敏词 library is current, as every instance sees it. */
export interface LibraryRevision {
  current(): Promise<string>;
  /** Called after a change to the library. */
  bump(): Promise<void>;
  close(): Promise<void>;
}

/**
 * With Redis configured the revision is one counter there (one GET per check, one INCR per
 * change). Without it, the stamp of the library's tables in the shared database (two small
 * aggregate reads per check) does the same job.
 */
export function createLibraryRevision(
  repository: WordRepository,
  redisUrl: string,
  prefix: string
): LibraryRevision {
  if (!redisUrl)
    return { current: () => repository.stamp(), bump: async () => {}, close: async () => {} };
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const key = `${prefix}word-library:revision`;
  return {
    current: async () => `redis:${(await redis.get(key)) ?? '0'}`,
    bump: async () => {
      await redis.incr(key);
    },
    close: async () => {
      redis.disconnect();
    },
  };
}
