// Development webhook receiver for whitelist pushes (`node tools/webhook-receiver.mjs`).
// Listens on loopback only, verifies x-zhirong-signature = hex HMAC-SHA256(secret, `${timestamp}.${body}`),
// rejects bad or expired signatures with 401, processes each x-zhirong-idempotency-key once
// (an in-memory set: a redelivery is answered 200 and logged as a duplicate), answers 200.
//   WEBHOOK_RECEIVER_PORT     default 3100
//   WEBHOOK_RECEIVER_SECRET   default the demo secret the seed configures (DEMO_WEBHOOK_SECRET)
//   WEBHOOK_RECEIVER_TOLERANCE_S  accepted clock skew / age of a signature, default 300
//   WEBHOOK_RECEIVER_LOG      `each` (default) logs every request; `problems` only rejections and duplicates (benchmarks)
// GET /health answers the counters as JSON.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const port = Number(process.env.WEBHOOK_RECEIVER_PORT ?? 3100);
const secret = process.env.WEBHOOK_RECEIVER_SECRET ?? 'zhirong-demo-webhook-secret';
const toleranceS = Number(process.env.WEBHOOK_RECEIVER_TOLERANCE_S ?? 300);
const MAX_BODY = 1024 * 1024;
const logEach = (process.env.WEBHOOK_RECEIVER_LOG ?? 'each') === 'each';
const seen = new Set();
let processed = 0;
let duplicates = 0;
let rejected = 0;

function log(message) {
  process.stdout.write(`[webhook-receiver] ${new Date().toISOString()} ${message}\n`);
}

function verify(timestamp, body, signature) {
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > toleranceS) return 'expired or missing timestamp';
  if (!/^[0-9a-f]{64}$/.test(signature)) return 'missing or malformed signature';
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? null : 'signature mismatch';
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ processed, duplicates, rejected }));
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const problem = verify(String(req.headers['x-zhirong-timestamp'] ?? ''), body, String(req.headers['x-zhirong-signature'] ?? ''));
    if (problem) {
      rejected++;
      log(`401 ${problem}`);
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: problem }));
      return;
    }
    const key = String(req.headers['x-zhirong-idempotency-key'] ?? '');
    if (seen.has(key)) {
      duplicates++;
      log(`200 duplicate ${key} (already processed, ignored)`);
    } else {
      seen.add(key);
      processed++;
      if (!logEach) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
        return;
      }
      let firm = '';
      try {
        const parsed = JSON.parse(body);
        firm = `${parsed.firm?.name ?? ''} → bank ${parsed.bankId ?? ''} (batch v${parsed.batch?.version ?? '?'})`;
      } catch {
        firm = '(body is not JSON)';
      }
      if (logEach) log(`200 processed ${key} ${firm}`);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
  });
});

server.listen(port, '127.0.0.1', () => log(`listening on http://127.0.0.1:${server.address().port}/ (POST any path)`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`stopping: ${processed} processed, ${duplicates} duplicates, ${rejected} rejected`);
    server.close(() => process.exit(0));
  });
}
