/**
 * A Postgres cluster of a test's own, from the server binaries installed on the machine, that the
 * test may stop and start at will. Run as the `postgres` OS user when we are root (initdb refuses
 * root). Every cluster is stopped and deleted by `destroy()`, or at the latest when the process exits.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './process.js';

const run = promisify(execFile);
const OS_USER = 'postgres';

/** The newest installed server's binaries, e.g. `/usr/lib/postgresql/15/bin`. */
function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : undefined;
}

const asRoot = process.getuid?.() === 0;

/** The command line that runs a server binary as the cluster's owner. */
function command(bin: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', OS_USER, '--', bin, ...args]] : [bin, args];
}

function owner(): { uid: number; gid: number } | undefined {
  const id = (flag: string) => spawnSync('id', [flag, OS_USER], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether a throwaway cluster can be made here, and why not. */
export function throwawayPostgresSupport(): { ok: true } | { ok: false; reason: string } {
  const bin = binDir();
  if (!bin || !existsSync(path.join(bin, 'initdb'))) {
    return { ok: false, reason: 'no Postgres server binaries in /usr/lib/postgresql' };
  }
  if (asRoot) {
    if (!owner()) return { ok: false, reason: `no "${OS_USER}" OS user` };
    const probe = spawnSync(...command(path.join(bin, 'pg_ctl'), ['--version']), { encoding: 'utf8' });
    if (probe.status !== 0) {
      return { ok: false, reason: `cannot run as "${OS_USER}": ${probe.stderr || probe.error?.message}` };
    }
  }
  return { ok: true };
}

export interface ThrowawayPostgres {
  /** A URL for the `postgres` database of the cluster, over TCP on 127.0.0.1. */
  url: string;
  port: number;
  /** Stops the server (`fast`: sessions are ended cleanly; `immediate`: as after a crash). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again on the same port, and resolves once it accepts connections. */
  start(): Promise<void>;
  /** The server's log so far. */
  log(): string;
  /** Stops the server if it runs and deletes the cluster; safe to call twice. */
  destroy(): Promise<void>;
}

const live = new Set<() => void>();
process.once('exit', () => {
  for (const cleanUp of live) cleanUp();
});

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  if (!bin) throw new Error('no Postgres server binaries');
  const dir = mkdtempSync(path.join(tmpdir(), 'eta-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const pgCtl = path.join(bin, 'pg_ctl');
  const exec = async (program: string, args: string[]) => {
    const [file, argv] = command(program, args);
    await run(file, argv, { cwd: dir, timeout: 60_000 });
  };

  const cleanUpNow = () => {
    spawnSync(...command(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']), { cwd: dir, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  live.add(cleanUpNow);

  let port = 0;
  const start = () =>
    exec(pgCtl, [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      '-l',
      logFile,
      '-w',
      '-t',
      '60',
      'start',
    ]);

  try {
    const ids = asRoot ? owner() : undefined;
    if (ids) chownSync(dir, ids.uid, ids.gid);
    const initdb = path.join(bin, 'initdb');
    await exec(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    port = await freePort();
    await start();
  } catch (error) {
    live.delete(cleanUpNow);
    cleanUpNow();
    throw error;
  }

  let destroyed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: (mode = 'fast') => exec(pgCtl, ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']),
    start,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    destroy: async () => {
      if (destroyed) return;
      destroyed = true;
      live.delete(cleanUpNow);
      await exec(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {
        // not running
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
