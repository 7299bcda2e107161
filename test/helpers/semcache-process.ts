import { spawn, type ChildProcess } from 'node:child_process';

export interface SemcacheProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  /** `GET /metrics` parsed into `name{labels}` → value. */
  metrics(): Promise<Map<string, number>>;
}

/**
 * Starts `node src/main.ts` (what `npm start` runs, with its last-resort error handler) and resolves once it
 * logs that it is ready. The caller kills it.
 */
export async function startSemcacheProcess(env: Record<string, string>): Promise<SemcacheProcess> {
  const child = spawn(process.execPath, ['src/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const ready = /semcache ready/.test(output) && /listening on http:\/\/[^:]+:(\d+)/.exec(output);
      if (ready) resolve(Number(ready[1]));
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return {
    child,
    port,
    output: () => output,
    async metrics() {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const values = new Map<string, number>();
      for (const line of text.split('\n')) {
        if (line.startsWith('#') || line.trim() === '') continue;
        const space = line.lastIndexOf(' ');
        values.set(line.slice(0, space), Number(line.slice(space + 1)));
      }
      return values;
    },
  };
}
