import { describe, expect, it } from 'vitest';
import { ErrorReply } from 'redis';
import { detectCapabilities, detectCoordinator } from '../../../../src/store/redis/capabilities.ts';

/**
 * The decision logic over recorded server replies (CI has no Query Engine). The same function runs against a real
 * plain redis-server in test/integration/store/redis-store.test.ts.
 */
const INDEX = { indexName: 'semcache:m:8:idx', entryPrefix: 'semcache:m:8:entry:', dimension: 8 };

function server(replies: Record<string, unknown>) {
  const sent: string[][] = [];
  const send = async (args: string[]) => {
    sent.push(args);
    const reply = replies[args[0]!];
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return { send, sent };
}

describe('detectCapabilities', () => {
  it('creates the index when the Query Engine has none of that name', async () => {
    const { send, sent } = server({ 'FT._LIST': ['someone-else'], 'FT.CREATE': 'OK' });
    expect(await detectCapabilities(send, INDEX)).toEqual({ queryEngine: true, indexCreated: true });
    expect(sent.map((args) => args[0])).toEqual(['FT._LIST', 'FT.CREATE']);
    expect(sent[1]).toContain('semcache:m:8:idx');
  });

  it('reuses an existing index', async () => {
    const { send, sent } = server({ 'FT._LIST': [INDEX.indexName] });
    expect(await detectCapabilities(send, INDEX)).toEqual({ queryEngine: true, indexCreated: false });
    expect(sent).toHaveLength(1);
  });

  it('accepts losing the FT.CREATE race to another instance', async () => {
    const { send } = server({ 'FT._LIST': [], 'FT.CREATE': new ErrorReply('Index already exists') });
    expect(await detectCapabilities(send, INDEX)).toEqual({ queryEngine: true, indexCreated: false });
  });

  it('reports no Query Engine when FT._LIST is an unknown command', async () => {
    const { send } = server({ 'FT._LIST': new ErrorReply("ERR unknown command 'FT._LIST', with args beginning with: ") });
    const found = await detectCapabilities(send, INDEX);
    expect(found.queryEngine).toBe(false);
    expect(found.queryEngine === false && found.reason).toMatch(/no Query Engine/);
  });

  it('reports a Query Engine it may not use (ACL) as none, with the reason', async () => {
    const { send } = server({ 'FT._LIST': new ErrorReply("NOPERM User app has no permissions to run the 'FT._LIST' command") });
    const found = await detectCapabilities(send, INDEX);
    expect(found.queryEngine === false && found.reason).toMatch(/NOPERM/);
  });

  it('throws when the server did not answer, so capabilities stay unknown and the caller retries', async () => {
    const { send } = server({ 'FT._LIST': new Error('The client is offline') });
    await expect(detectCapabilities(send, INDEX)).rejects.toThrow(/offline/);
  });
});

describe('detectCoordinator', () => {
  it('finds the Query Engine cluster coordinator by its FT.CLUSTERINFO reply', async () => {
    const { send } = server({ 'FT.CLUSTERINFO': ['num_partitions', 3, 'cluster_type', 'redis_oss', 'shards', []] });
    expect(await detectCoordinator(send)).toBe(true);
  });

  it('finds none on a Query Engine without it, on a server without one, or when the command is refused', async () => {
    for (const error of [new ErrorReply("ERR unknown command 'FT.CLUSTERINFO'"), new ErrorReply('NOPERM no permission'), new Error('timeout')]) {
      expect(await detectCoordinator(server({ 'FT.CLUSTERINFO': error }).send)).toBe(false);
    }
  });
});
