import { AppModule } from '../../apps/api/src/app.module';
import { createTestApp, TestApp } from '@zhirong/platform/testing';
import { DEMO_PASSWORD, seedDemo } from '../../seeds/demo';

/** The real API module on a fresh database holding the demo seed. */
export async function startApi(): Promise<TestApp> {
  const t = await createTestApp((config) => AppModule.forRoot(config));
  await seedDemo(t.dataSource);
  return t;
}

const tokens = new Map<string, string>();

/** Signs a demo account in (once per test file and account). */
export async function tokenFor(t: TestApp, email: string): Promise<string> {
  const key = `${t.db.name}:${email}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  const res = await t.gql<{ login: { accessToken: string } }>(
    'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }',
    { email, password: DEMO_PASSWORD },
  );
  if (!res.data?.login) throw new Error(`demo login failed for ${email}: ${JSON.stringify(res.errors)}`);
  tokens.set(key, res.data.login.accessToken);
  return res.data.login.accessToken;
}
