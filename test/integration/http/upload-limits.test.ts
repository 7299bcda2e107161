/**
 * Issue #11, finding 7: slow uploads held memory without limit, a trickled body stayed open for minutes, and each
 * aborted upload logged an `error` with a stack. Raw sockets, so the body can be trickled, stalled or cut.
 */
import { request, type ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogCapture } from '../../helpers/log-capture.ts';
import { MockUpstream } from '../../helpers/mock-upstream.ts';
import { eventually, startProxy, type RunningProxy } from '../../helpers/proxy.ts';

let upstream: MockUpstream;
let proxy: RunningProxy;
let logs: LogCapture;
const KIB = 1_024;

beforeAll(async () => {
  upstream = await new MockUpstream().start();
  logs = new LogCapture();
  proxy = await startProxy(upstream, { logLevel: 'info', server: { bodyTimeout: '1s', uploadBytesInFlight: 1_024 * KIB } }, { logDestination: logs });
});
afterAll(async () => {
  await proxy?.stop();
  await upstream?.stop();
});

interface Upload {
  client: ClientRequest;
  answer: Promise<{ status: number; body: string }>;
}

/** Starts a chat completion upload that declares `declared` bytes and sends the first `sent` of them. */
function startUpload(declared: number, sent: number): Upload {
  const client = request({
    host: '127.0.0.1',
    port: Number(new URL(proxy.origin).port),
    method: 'POST',
    path: '/v1/chat/completions',
    headers: { 'content-type': 'application/json', 'content-length': String(declared), authorization: 'Bearer sk-upload' },
    agent: false,
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    client.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    client.on('error', reject);
  });
  client.write(Buffer.alloc(sent, 0x20));
  return { client, answer };
}

/** A chat request of about 700 KiB (its prompt, then spaces): a body that stays in the upload budget while it is held. */
function paddedBody(prompt: string): Buffer {
  return Buffer.from(JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `${prompt} ${Date.now()}` }] }) + ' '.repeat(700 * KIB));
}

/** Sends `body` whole, declaring its length. */
function send(body: Buffer): Upload {
  const upload = startUpload(body.length, 0);
  upload.client.end(body);
  return upload;
}

describe('upload limits', () => {
  it('cuts a trickled body at server.bodyTimeout with an OpenAI-shaped 408 and calls no upstream', async () => {
    const callsBefore = upstream.calls.length;
    const upload = startUpload(10 * KIB, 10);
    const trickle = setInterval(() => upload.client.write(' '), 100);
    try {
      const answer = await upload.answer;
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'request_timeout', type: 'invalid_request_error' } });
    } finally {
      clearInterval(trickle);
      upload.client.destroy();
    }
    expect(upstream.calls.length).toBe(callsBefore);
  });

  it('answers 503 to uploads beyond the bytes in flight across all requests, and frees them afterwards', async () => {
    // Four uploads that stall after 300 KiB against a 1 MiB budget: three fit, the one whose bytes go beyond is refused.
    const uploads = Array.from({ length: 4 }, () => startUpload(400 * KIB, 300 * KIB));
    const answers = await Promise.all(uploads.map((upload) => upload.answer));
    for (const upload of uploads) upload.client.destroy();
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([408, 408, 408, 503]);
    const refused = answers.find((answer) => answer.status === 503)!;
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'uploads_over_capacity', type: 'server_error' } });

    // The budget is released: a normal request goes through.
    const client = proxy.client();
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `after uploads ${Date.now()}` }] });
    expect(completion.choices[0]!.message.content).toMatch(/^Answer #/);
  });

  it('keeps a received body in the budget while its request waits on the upstream, so later uploads beyond it get a 503', async () => {
    // A hostile review (session 53): the budget was released once a body had arrived, though the body stays in memory
    // while the upstream answers; a hundred 15 MB bodies waiting on a slow upstream held 1.5 GB against a 256 MiB budget.
    const padded = (name: string) => paddedBody(`held body ${name}`);
    const callsBefore = upstream.calls.length;
    upstream.hold();
    let first: Upload | undefined;
    try {
      first = send(padded('first'));
      await eventually(() => upstream.calls.length > callsBefore, 5_000, 'the first request to reach the upstream');
      const second = send(padded('second'));
      const refused = await second.answer;
      expect(refused.status).toBe(503);
      expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'uploads_over_capacity' } });
    } finally {
      upstream.release();
    }
    expect((await first!.answer).status).toBe(200);
    // Answered, the first body is out of the budget: the same upload now goes through.
    expect((await send(padded('third')).answer).status).toBe(200);
  });

  it('frees a held body when its client hangs up while the upstream is still answering', async () => {
    // A careless or hostile client: sends its body, then closes the socket before the answer. Its bytes must not stay
    // counted until the upstream answers, or a few such clients would refuse every later upload.
    const padded = (name: string) => paddedBody(`abandoned body ${name}`);
    const callsBefore = upstream.calls.length;
    upstream.hold();
    try {
      const first = send(padded('first'));
      first.answer.catch(() => {});
      await eventually(() => upstream.calls.length > callsBefore, 5_000, 'the first request to reach the upstream');
      first.client.destroy();
      // The second upload of the same size is accepted (it reaches the upstream), not refused with a 503.
      const second = send(padded('second'));
      await eventually(() => upstream.calls.length > callsBefore + 1, 5_000, 'the second request to reach the upstream');
      upstream.release();
      expect((await second.answer).status).toBe(200);
    } finally {
      upstream.release();
    }
  });

  it('counts an upload the client abandons as an info line and a metric, not an error', async () => {
    const upload = startUpload(50 * KIB, 1 * KIB);
    upload.answer.catch(() => {});
    setTimeout(() => upload.client.destroy(), 50);
    await eventually(() => logs.lines.some((line) => line.msg === 'client closed the connection before its response' && line.stage === 'upload'), 5_000, 'the abort to be logged');
    const line = logs.lines.find((entry) => entry.stage === 'upload')!;
    expect(line.level).toBe('info');
    expect(logs.lines.filter((entry) => entry.level === 'error')).toEqual([]);
    const metrics = await (await fetch(`${proxy.origin}/metrics`)).text();
    expect(metrics).toMatch(/^semcache_client_aborts_total\{stage="upload"\} 1$/m);
  });

  it('counts bytes as they arrive: idle uploads that declare the whole budget refuse no other request', async () => {
    // A hostile review (session 55): a declared Content-Length was reserved at once, so 17 idle connections that each
    // declared 16 MiB and sent one byte answered every other client 503 for as long as they reconnected.
    // Here one idle upload declares all but 64 bytes of the 1 MiB budget: reserved at once, it left no room for any request.
    const idle = [startUpload(1_024 * KIB - 64, 1)];
    try {
      const client = proxy.client();
      const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `beside idle uploads ${Date.now()}` }] });
      expect(completion.choices[0]!.message.content).toMatch(/^Answer #/);
    } finally {
      for (const upload of idle) upload.client.destroy();
      await Promise.allSettled(idle.map((upload) => upload.answer));
    }
  });
  it('counts a chunked body with no declared length as its bytes arrive, and refuses the one that goes beyond', async () => {
    // A careless or hostile client declares nothing (Transfer-Encoding: chunked): the budget must still bound what
    // stalled uploads hold once bytes, not declarations, are counted (session 55).
    const chunked = () => {
      const client = request({
        host: '127.0.0.1',
        port: Number(new URL(proxy.origin).port),
        method: 'POST',
        path: '/v1/chat/completions',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', authorization: 'Bearer sk-upload' },
        agent: false,
      });
      const answer = new Promise<number>((resolve, reject) => {
        client.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        client.on('error', reject);
      });
      client.write(Buffer.alloc(300 * KIB, 0x20));
      return { client, answer };
    };
    const uploads = Array.from({ length: 4 }, chunked);
    const statuses = (await Promise.all(uploads.map((upload) => upload.answer))).sort();
    for (const upload of uploads) upload.client.destroy();
    expect(statuses).toEqual([408, 408, 408, 503]);
    const client = proxy.client();
    const completion = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: `after chunked uploads ${Date.now()}` }] });
    expect(completion.choices[0]!.message.content).toMatch(/^Answer #/);
  });
});
