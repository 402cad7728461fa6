import { SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();

  it.each([
    ['createdAt', 'created_at'],
    ['pledgeRateBp', 'pledge_rate_bp'],
    ['amountFen', 'amount_fen'],
    ['ipcClass', 'ipc_class'],
  ])('names column %s as %s', (property, column) => {
    expect(naming.columnName(property, undefined, [])).toBe(column);
  });

  it('names tables and join columns in snake_case', () => {
    expect(naming.tableName('WhitelistBatch')).toBe('whitelist_batch');
    expect(naming.joinColumnName('organization', 'id')).toBe('organization_id');
  });

  it('keeps an explicit name', () => {
    expect(naming.tableName('AuditLog', 'audit_log')).toBe('audit_log');
    expect(naming.columnName('x', 'custom_x', [])).toBe('custom_x');
  });
});
