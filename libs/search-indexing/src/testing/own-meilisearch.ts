import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = join(__dirname, '..', '..', '..', '..', 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');

async function freePort(): Promise<number> {
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

/**
 * A Meilisearch process of a test's own (own port, own data directory), which the
 * test may stop and restart: the shared server at MEILI_URL is never touched.
 */
export class OwnMeilisearch {
  private process: ChildProcess | null = null;
  readonly url: string;

  private constructor(
    private readonly port: number,
    private readonly dir: string,
    readonly masterKey: string,
    private readonly extraArgs: readonly string[],
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** `extraArgs`: more command-line options, e.g. `['--http-payload-size-limit', '16384']`. */
  static async start(masterKey: string, extraArgs: readonly string[] = []): Promise<OwnMeilisearch> {
    const own = new OwnMeilisearch(await freePort(), mkdtempSync(join(tmpdir(), 'zhirong-meili-')), masterKey, extraArgs);
    await own.restart();
    return own;
  }

  /** Starts the process on the same port and data directory, and waits until it is healthy. */
  async restart(): Promise<void> {
    if (this.process) throw new Error('already running');
    this.process = spawn(
      BINARY,
      ['--http-addr', `127.0.0.1:${this.port}`, '--master-key', this.masterKey, '--db-path', join(this.dir, 'data.ms'),
        '--dump-dir', join(this.dir, 'dumps'), '--snapshot-dir', join(this.dir, 'snapshots'), '--no-analytics', '--env', 'development', '--max-indexing-threads', '1', ...this.extraArgs],
      { stdio: 'ignore' },
    );
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      try {
        const res = await fetch(`${this.url}/health`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('own Meilisearch did not become healthy');
  }

  /** Stops the process and waits for it to exit (its data stays for a restart). */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child) return;
    this.process = null;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
