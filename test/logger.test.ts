import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs a script against the real logger (its default writer: stdout and stderr) in a process of its own. */
async function logIn(script: string) {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: process.cwd(),
    timeout: 30_000,
  });
  const lines = (text: string) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: string; msg: string; n?: number });
  return { stdout: lines(stdout), stderr: lines(stderr) };
}

const LOGGER = `import { createLogger } from './src/http/logger.ts';`;

describe('the default log writer', () => {
  it('writes every line, in order, as one JSON object per line, even when the process exits at once', async () => {
    const { stdout, stderr } = await logIn(`${LOGGER}
      const log = createLogger('info');
      for (let n = 0; n < 500; n++) log.info('request', { n });
      log.debug('hidden');
      log.error('failed', { n: 500 });
      log.warn('after', { n: 501 });
      process.exit(0);`);
    expect(stdout.map((l) => l.n)).toEqual([...Array.from({ length: 500 }, (_, n) => n), 501]);
    expect(stdout.every((l) => l.level === 'info' || l.level === 'warn')).toBe(true);
    expect(stderr).toEqual([expect.objectContaining({ level: 'error', msg: 'failed', n: 500 })]);
  });

  it('writes lines logged across turns of the event loop, each once', async () => {
    const { stdout } = await logIn(`${LOGGER}
      const log = createLogger('info');
      for (let n = 0; n < 5; n++) {
        log.info('tick', { n });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }`);
    expect(stdout.map((l) => l.n)).toEqual([0, 1, 2, 3, 4]);
  });
});
