/**
 * The processes under test: the compiled API (`node dist/src/main.js`, the node process itself,
 * so that its PID is the one whose memory is sampled) and the bare HTTP baseline; a free port
 * for each, readiness by polling, and the API's resident memory sampled from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { execFileSync } from 'node:child_process';

export const API_ENTRY = 'dist/src/main.js';
export const BARE_ENTRY = 'dist/scripts/bench/bare-server.js';

export function checkBuilt(): void {
  for (const file of [API_ENTRY, BARE_ENTRY]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:bench\` first (npm run bench does).`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  pid: number;
  origin: string;
  stop(): Promise<number | null>;
}

async function waitReady(child: ChildProcess, url: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let tail = '';
  try {
    tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    // no log
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${child.exitCode !== null ? ` (exited with ${child.exitCode})` : ''}\n${tail}`);
}

function startNode(args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a');
  try {
    return spawn(process.execPath, args, { env, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      child.kill('SIGTERM');
    });
}

/** The API as production runs it: compiled JavaScript, NODE_ENV=production, logs as JSON lines to a file. */
export async function startApi(options: { databaseUrl: string; logLevel: string; logFile: string; nodeArgs?: string[] }): Promise<Child> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    MIGRATE_ON_START: 'true',
    SEED_ON_FIRST_START: 'false',
    LOG_LEVEL: options.logLevel,
    // The benchmark is one client sending thousands of requests a second: no quotas.
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
  };
  const child = startNode([...(options.nodeArgs ?? []), API_ENTRY], env, options.logFile);
  const origin = `http://127.0.0.1:${port}`;
  await waitReady(child, `${origin}/ready`, 30_000, options.logFile);
  return { process: child, pid: child.pid as number, origin, stop: stopper(child) };
}

/** The bare Hono server answering with the canned responses in `responsesFile`. */
export async function startBare(responsesFile: string, logFile: string): Promise<Child> {
  const port = await freePort();
  const child = startNode([BARE_ENTRY, responsesFile], { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(port) }, logFile);
  const origin = `http://127.0.0.1:${port}`;
  await waitReady(child, `${origin}/ready`, 15_000, logFile);
  return { process: child, pid: child.pid as number, origin, stop: stopper(child) };
}

/** Resident memory of a process in MB: VmRSS from /proc, or `ps` where there is no /proc. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    if (match) return Number(match[1]) / 1024;
  } catch {
    // fall through to ps
  }
  try {
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    return Number.isFinite(kb) && kb > 0 ? kb / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs`, keeping the maximum overall and per phase. */
export class RssSampler {
  max = 0;
  readonly byPhase = new Map<string, number>();
  samples = 0;
  private phase = 'start-up';
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly pid: number, private readonly everyMs = 200) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
    return this;
  }

  setPhase(phase: string): void {
    this.sample();
    this.phase = phase;
  }

  stop(): void {
    this.sample();
    if (this.timer) clearInterval(this.timer);
  }

  private sample(): void {
    const mb = rssMb(this.pid);
    if (mb === null) return;
    this.samples++;
    this.max = Math.max(this.max, mb);
    this.byPhase.set(this.phase, Math.max(this.byPhase.get(this.phase) ?? 0, mb));
  }
}
