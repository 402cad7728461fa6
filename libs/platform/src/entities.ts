import { AuditLog } from '@zhirong/core';
import { IDENTITY_ENTITIES } from '@zhirong/identity';

/** Every table's entity; the apps, the migration CLI and the tests share this list. */
export const ENTITIES = [AuditLog, ...IDENTITY_ENTITIES];
