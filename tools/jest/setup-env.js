// Tests run by hand (`npx nx test core`) find the servers that `npm test`,
// `npm start` or `npm run stack` last found or started.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const file = join(__dirname, '..', '..', '.data', 'services.json');
if (existsSync(file)) {
  const services = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(services)) {
    if (!process.env[key]) process.env[key] = value;
  }
}
process.env.NODE_ENV = process.env.NODE_ENV || 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'silent';
// The tests' banks are loopback servers; production never honours this (libs/whitelist/src/whitelist.config.ts).
process.env.WEBHOOK_ALLOW_LOOPBACK = process.env.WEBHOOK_ALLOW_LOOPBACK || 'true';
