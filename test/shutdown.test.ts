import http from 'node:http';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/server.js';

function get(port: number, path: string, agent: http.Agent): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders; socket: import('node:net').Socket }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers, socket: req.socket! }));
    });
    req.on('error', reject);
  });
}

function slowApp() {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let started!: () => void;
  const inFlight = new Promise<void>((r) => (started = r));
  const app = new Hono()
    .get('/fast', (c) => c.text('fast'))
    .get('/slow', async (c) => {
      started();
      await released;
      return c.text('slow done');
    });
  return { app, release, inFlight };
}

describe('graceful shutdown', () => {
  it('stops accepting, finishes in-flight requests, closes idle keep-alive sockets', async () => {
    const { app, release, inFlight } = slowApp();
    const running = await startServer(app.fetch, { host: '127.0.0.1', port: 0, shutdownTimeoutMs: 10_000 });
    const idleAgent = new http.Agent({ keepAlive: true });
    const busyAgent = new http.Agent({ keepAlive: true });
    try {
      // An idle keep-alive connection…
      const warm = await get(running.port, '/fast', idleAgent);
      expect(warm.status).toBe(200);
      const idleClosed = new Promise<void>((r) => warm.socket.once('close', () => r()));
      // …and a request in flight.
      const slow = get(running.port, '/slow', busyAgent);
      await inFlight;

      const outcome = running.shutdown();
      await idleClosed; // the idle socket is closed without waiting for the slow request

      await expect(get(running.port, '/fast', new http.Agent())).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      release();
      const done = await slow;
      expect(done.status).toBe(200);
      expect(done.body).toBe('slow done');
      expect(done.headers.connection).toBe('close');
      await expect(outcome).resolves.toBe('clean');
    } finally {
      idleAgent.destroy();
      busyAgent.destroy();
    }
  });

  it('closes connections still busy when the bound is reached', async () => {
    const { app, release, inFlight } = slowApp();
    const running = await startServer(app.fetch, { host: '127.0.0.1', port: 0, shutdownTimeoutMs: 200 });
    const agent = new http.Agent({ keepAlive: true });
    try {
      const slow = get(running.port, '/slow', agent);
      await inFlight;
      const started = Date.now();
      await expect(running.shutdown()).resolves.toBe('forced');
      expect(Date.now() - started).toBeLessThan(5_000);
      await expect(slow).rejects.toThrow();
    } finally {
      release();
      agent.destroy();
    }
  });
});
