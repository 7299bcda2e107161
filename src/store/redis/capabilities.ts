import { ErrorReply } from 'redis';
import {
  createIndexArgs,
  isIndexExistsError,
  isUnknownCommandError,
  parseIndexList,
  type IndexDefinition,
} from './search-commands.ts';

/** What the connected server can do for us. */
export type Capabilities =
  | { queryEngine: true; indexCreated: boolean }
  | { queryEngine: false; reason: string };

/** Sends one command; the store passes its client bound to a time budget. */
export type SendCommand = (args: string[]) => Promise<unknown>;

/**
 * Detects the Query Engine with FT._LIST (Redis 8, Redis Stack, and the other servers that speak FT.*) and creates
 * our index when it is missing (DESIGN §4). An *error reply* is an answer — no Query Engine (unknown command), or
 * one we may not use (ACL, a conflicting index) — and yields `queryEngine: false` with the reason. Anything else
 * (connection lost, time budget exceeded) is thrown: capabilities are then unknown and the caller retries.
 */
export async function detectCapabilities(send: SendCommand, index: IndexDefinition): Promise<Capabilities> {
  let existing: string[];
  try {
    existing = parseIndexList(await send(['FT._LIST']));
  } catch (error) {
    if (isUnknownCommandError(error)) {
      return { queryEngine: false, reason: 'the server has no Query Engine (FT._LIST is an unknown command)' };
    }
    if (error instanceof ErrorReply) return { queryEngine: false, reason: `FT._LIST failed: ${error.message}` };
    throw error;
  }
  if (existing.includes(index.indexName)) return { queryEngine: true, indexCreated: false };
  try {
    await send(createIndexArgs(index));
    return { queryEngine: true, indexCreated: true };
  } catch (error) {
    // Another instance created it between our FT._LIST and FT.CREATE.
    if (isIndexExistsError(error)) return { queryEngine: true, indexCreated: false };
    if (error instanceof ErrorReply) {
      return { queryEngine: false, reason: `FT.CREATE ${index.indexName} failed: ${error.message}` };
    }
    throw error;
  }
}

/**
 * Whether the Query Engine's cluster coordinator (RSCoordinator, built into managed offerings and some Redis builds)
 * answers: it adds `FT.CLUSTERINFO`, which a plain Query Engine (or a server without one) answers as an unknown
 * command. With the coordinator, one index spans the cluster and one FT.SEARCH through any node covers every shard.
 * Any error (unknown command, ACL, no answer) means "no coordinator": the per-master fan-out is always correct,
 * only dearer.
 */
export async function detectCoordinator(send: SendCommand): Promise<boolean> {
  try {
    const reply = await send(['FT.CLUSTERINFO']);
    return Array.isArray(reply) && reply.length > 0;
  } catch {
    return false;
  }
}
