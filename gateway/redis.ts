import { Redis } from 'ioredis';

/**
 * The Redis that gateway replicas share (REDIS_URL), connected before the gateway serves; none when
 * unset. A command fails at once while it is unreachable (no queue), so the gateway falls back
 * rather than waits.
 */
export async function connectRedis(url: string | undefined): Promise<Redis | undefined> {
  if (!url) return undefined;
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined);
  await redis.connect();
  return redis;
}
