import { AuditLog } from '@zhirong/core';
import { ENTERPRISE_ENTITIES } from '@zhirong/enterprises';
import { IDENTITY_ENTITIES } from '@zhirong/identity';
import { IP_ASSET_ENTITIES } from '@zhirong/ip-assets';
import { NEED_ENTITIES } from '@zhirong/needs';
import { PRODUCT_ENTITIES } from '@zhirong/products';

/** Every table's entity; the apps, the migration CLI and the tests share this list. */
export const ENTITIES = [AuditLog, ...IDENTITY_ENTITIES, ...ENTERPRISE_ENTITIES, ...IP_ASSET_ENTITIES, ...PRODUCT_ENTITIES, ...NEED_ENTITIES];
