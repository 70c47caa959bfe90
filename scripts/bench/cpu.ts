/**
 * CPU time per request, which on a shared machine says more than throughput: user + system time
 * of the API process and of the Postgres backends serving it (from /proc), over the requests
 * completed. Linux only; elsewhere the figures are left out.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type postgres from 'postgres';

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** User + system CPU milliseconds of one process so far; null when /proc cannot tell (or it exited). */
function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) in parentheses: utime is 14th, stime 15th overall.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return null;
  }
}

/** CPU milliseconds of these processes so far, per pid (processes /proc cannot tell about are left out). */
export function cpuMs(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== null) out.set(pid, ms);
  }
  return out;
}

/** CPU milliseconds spent between two readings, by the processes present in both. */
function spent(before: Map<number, number>, after: Map<number, number>): number | null {
  let total = 0;
  let any = false;
  for (const [pid, ms] of after) {
    const was = before.get(pid);
    if (was === undefined) continue;
    total += ms - was;
    any = true;
  }
  return any ? total : null;
}

/** The backends connected to `database` under these application names (the API's pools, or the replay's). */
export async function backendPids(sql: postgres.Sql, database: string, applicationNames: string[]): Promise<number[]> {
  const rows = await sql`select pid from pg_stat_activity where datname = ${database} and application_name = any(${applicationNames})`;
  return rows.map((r) => Number(r.pid));
}

export interface CpuPerRequest {
  /** The server process (the API; the bare server), or the replaying client. */
  serverMs?: number;
  /** The Postgres backends. */
  databaseMs?: number;
}

const selfCpuMs = () => {
  const usage = process.cpuUsage();
  return new Map([[process.pid, (usage.user + usage.system) / 1000]]);
};

export class CpuMeter {
  private startServer = new Map<number, number>();
  private startDb = new Map<number, number>();
  constructor(
    private readonly serverPids: number[] | null,
    private readonly dbPids: number[],
  ) {}

  start(): this {
    this.startServer = this.serverPids ? cpuMs(this.serverPids) : selfCpuMs();
    this.startDb = cpuMs(this.dbPids);
    return this;
  }

  /** CPU ms per request since start(). */
  stop(requests: number): CpuPerRequest {
    const server = spent(this.startServer, this.serverPids ? cpuMs(this.serverPids) : selfCpuMs());
    const db = spent(this.startDb, cpuMs(this.dbPids));
    const per = (ms: number | null) => (ms !== null && requests > 0 ? Math.round((ms / requests) * 1000) / 1000 : undefined);
    const out: CpuPerRequest = {};
    const s = per(server);
    const d = per(db);
    if (s !== undefined) out.serverMs = s;
    if (d !== undefined) out.databaseMs = d;
    return out;
  }
}
