// `npm run bench -- NAME`: finds or starts the services, then runs test/bench/NAME.bench.ts,
// which prints its figures and the ratios against a baseline measured in the same run.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureAll, ROOT, stopAll } from './services.mjs';

let code = 1;
try {
  const services = await ensureAll();
  code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'tools/run-ts.mjs'), 'test/bench/cli.ts', ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: 'inherit',
      // Development: the benchmarks run against the local servers and their development keys, which
      // production refuses; the whitelist bench's banks are loopback receivers.
      env: { ...process.env, ...services, NODE_ENV: process.env.NODE_ENV || 'development', WEBHOOK_ALLOW_LOOPBACK: 'true', LOG_LEVEL: 'error' },
    });
    child.on('exit', (c) => resolve(c ?? 1));
  });
} catch (e) {
  console.error(`[bench] ${e.message}`);
} finally {
  await stopAll();
}
process.exit(code);
