/** Runs the real server process (`src/main.ts`) and reads its JSON log lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  logs: { level: string; msg: string; [key: string]: unknown }[];
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The child's environment: the parent's PATH and HOME, none of its database settings. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME } = process.env;
  return { PATH, HOME, NODE_ENV: 'test', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...extra };
}

export function startProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: ServerProcess['logs'] = [];
  let err = '';
  let buffer = '';
  const waiters: { msg: string; resolve: (l: Record<string, unknown>) => void }[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        const entry = JSON.parse(line);
        logs.push(entry);
        for (const w of waiters.filter((w) => w.msg === entry.msg)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(entry);
        }
      } catch {
        // not a log line
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    port: Number(env.PORT),
    logs,
    stderr: () => err,
    exited,
    waitForLog: (msg, timeoutMs = 60_000) => {
      const found = logs.find((l) => l.msg === msg);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no "${msg}" log within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        waiters.push({ msg, resolve: (l) => (clearTimeout(timer), resolve(l)) });
        void exited.then((code) => reject(new Error(`exited with ${code} before "${msg}"; stderr: ${err}`)));
      });
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
