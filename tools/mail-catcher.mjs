// Development mail catcher (`npm start` runs it): a real SMTP server on loopback that accepts
// every message (no authentication, no STARTTLS) and stores it as an .eml file, so the demo
// shows what the platform mailed (the administrator's 邮件截获 page reads the directory).
//   MAIL_CATCHER_PORT   port to listen on (npm start picks a free one); default 2525
//   MAIL_CATCHER_DIR    where the .eml files go; default .data/mail
// File names start with the time caught (ms, zero-padded), so they sort oldest first.
import { mkdirSync, createWriteStream } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.MAIL_CATCHER_PORT ?? 2525);
const dir = resolve(process.env.MAIL_CATCHER_DIR ?? join(root, '.data/mail'));
mkdirSync(dir, { recursive: true });
let caught = 0;

function log(message) {
  process.stdout.write(`[mail-catcher] ${new Date().toISOString()} ${message}\n`);
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    const name = `${String(Date.now()).padStart(15, '0')}-${String(++caught).padStart(6, '0')}.eml`;
    const file = createWriteStream(join(dir, name));
    stream.pipe(file);
    stream.on('error', callback);
    file.on('error', callback);
    file.on('finish', () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
      log(`caught ${name} for ${to}`);
      callback();
    });
  },
});

server.on('error', (e) => log(`error: ${e.message}`));
server.listen(port, '127.0.0.1', () => log(`listening on smtp://127.0.0.1:${server.server.address().port}, writing to ${dir}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`stopping: ${caught} caught`);
    server.close(() => process.exit(0));
  });
}
