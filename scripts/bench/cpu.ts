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

/** User + system CPU milliseconds of these processes so far; null when /proc cannot tell. */
export function cpuMs(pids: number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command (which may hold spaces) in parentheses: utime is 14th, stime 15th overall.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return (total * 1000) / clockTicks();
}

/** The backends connected to `database` under `applicationName` (the API's pool, or the replay's). */
export async function backendPids(sql: postgres.Sql, database: string, applicationName: string): Promise<number[]> {
  const rows = await sql`select pid from pg_stat_activity where datname = ${database} and application_name = ${applicationName}`;
  return rows.map((r) => Number(r.pid));
}

export interface CpuPerRequest {
  /** The server process (the API; the bare server), or the replaying client. */
  serverMs?: number;
  /** The Postgres backends. */
  databaseMs?: number;
}

export class CpuMeter {
  private startServer: number | null = null;
  private startDb: number | null = null;
  constructor(
    private readonly serverPids: number[] | null,
    private readonly dbPids: number[],
  ) {}

  start(): this {
    this.startServer = this.serverPids ? cpuMs(this.serverPids) : process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
    this.startDb = this.dbPids.length ? cpuMs(this.dbPids) : null;
    return this;
  }

  /** CPU ms per request since start(). */
  stop(requests: number): CpuPerRequest {
    const server = this.serverPids ? cpuMs(this.serverPids) : process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000;
    const db = this.dbPids.length ? cpuMs(this.dbPids) : null;
    const per = (end: number | null, begin: number | null) =>
      end !== null && begin !== null && requests > 0 ? Math.round(((end - begin) / requests) * 1000) / 1000 : undefined;
    const out: CpuPerRequest = {};
    const s = per(server, this.startServer);
    const d = per(db, this.startDb);
    if (s !== undefined) out.serverMs = s;
    if (d !== undefined) out.databaseMs = d;
    return out;
  }
}
