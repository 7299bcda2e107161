import { request } from 'node:http';

export type AbruptKind = 'bypass' | 'miss' | 'hit';
/** Where the client destroys its socket: `never` reads the whole answer. */
export type CutAt = 'before-answer' | 'after-headers' | 'mid-body' | 'random' | 'never';

export interface AbruptOutcome {
  status?: number;
  cacheStatus?: string;
  body: string;
}

/**
 * One raw HTTP client (no agent, no retries) for a chat completion that destroys its socket at `cutAt`, like a
 * load balancer, a closed browser tab or a timed-out SDK. Never rejects.
 */
export function abruptRequest(port: number, options: { prompt: string; kind: AbruptKind; stream: boolean; cutAt: CutAt; behaviour?: object }): Promise<AbruptOutcome> {
  const payload = JSON.stringify({ model: 'gpt-4o-mini', stream: options.stream, messages: [{ role: 'user', content: options.prompt }] });
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: 'Bearer sk-abrupt' };
  if (options.kind === 'bypass') headers['cache-control'] = 'no-cache, no-store';
  if (options.behaviour) headers['x-mock-behaviour'] = JSON.stringify(options.behaviour);
  return new Promise((resolve) => {
    const outcome: AbruptOutcome = { body: '' };
    const client = request({ host: '127.0.0.1', port, path: '/v1/chat/completions', method: 'POST', headers, agent: false });
    const cut = () => {
      client.destroy();
      resolve(outcome);
    };
    client.on('error', () => resolve(outcome));
    client.on('response', (response) => {
      outcome.status = response.statusCode;
      outcome.cacheStatus = response.headers['x-cache-status'] as string | undefined;
      if (options.cutAt === 'after-headers') return cut();
      response.on('data', (chunk: Buffer) => {
        outcome.body += chunk.toString('utf8');
        if (options.cutAt === 'mid-body') cut();
      });
      response.on('end', () => resolve(outcome));
      response.on('error', () => resolve(outcome));
    });
    client.end(payload);
    // Late enough for the proxy to have called the upstream (tests hold those answers), early enough to be first.
    if (options.cutAt === 'before-answer') setTimeout(cut, 40);
    if (options.cutAt === 'random') setTimeout(cut, Math.floor(Math.random() * 6));
  });
}
