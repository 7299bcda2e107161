/**
 * The VectorStore conformance suite against Redis (issue 4, item 4):
 *   - plain Redis (`REDIS_URL`, else a spawned redis-server, else a container): the exact-tier cases;
 *   - Redis with the Query Engine (`REDIS_STACK_URL`, else `redis:8` in a container): every case, semantic ones too.
 * Each test gets a RedisStore under a random key prefix (so its own index), removed again in teardown.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { RedisStore } from '../../src/store/redis/redis-store.ts';
import {
  connectAdmin,
  deleteKeyspace,
  hasQueryEngine,
  planRedis,
  randomKeyPrefix,
  startRedis,
  type AdminClient,
  type RedisNeeds,
  type RedisServer,
} from '../helpers/redis-harness.ts';
import { describeVectorStoreContract } from './vector-store.contract.ts';

const DIMENSION = 8;
/** The suite checks behaviour, not latency: generous budgets keep a loaded CI box from turning into timeouts. */
const BUDGETS = { lookupMs: 5_000, writeMs: 5_000, adminMs: 30_000 };

const plainPlan = await planRedis();
const stackPlan = await planRedis({ stack: true });
// A REDIS_URL server might have the Query Engine after all; then the plain suite runs the semantic cases too.
const plainSemantic = plainPlan.kind === 'url' ? await hasQueryEngine(plainPlan.url) : false;

describeRedisContract('RedisStore on plain Redis', {}, plainPlan, plainSemantic);
describeRedisContract('RedisStore with the Query Engine', { stack: true }, stackPlan, true);

function describeRedisContract(
  name: string,
  needs: RedisNeeds,
  plan: Awaited<ReturnType<typeof planRedis>>,
  semantic: boolean,
): void {
  const skipReason = plan.kind === 'unavailable' ? plan.reason : undefined;
  describe(name, () => {
    let server: RedisServer | undefined;
    let admin: AdminClient | undefined;

    beforeAll(async () => {
      if (skipReason !== undefined) return;
      server = await startRedis(needs);
      admin = await connectAdmin(server.url);
    });

    afterAll(async () => {
      admin?.destroy();
      await server?.stop();
    });

    describeVectorStoreContract(
      name,
      async () => {
        if (server === undefined || admin === undefined) throw new Error('Redis not started');
        const prefix = randomKeyPrefix('contract');
        const store = new RedisStore({
          url: server.url,
          keyspace: { embedderModel: 'contract-embedder', dimension: DIMENSION, basePrefix: prefix },
          budgets: BUDGETS,
        });
        await store.start();
        const cleanup = admin;
        return {
          store,
          dimension: DIMENSION,
          teardown: async () => {
            await store.close();
            await deleteKeyspace(cleanup, prefix);
          },
        };
      },
      skipReason === undefined ? { semantic } : { semantic, skipReason },
    );
  });
}
