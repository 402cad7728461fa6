import { AccessService } from '@zhirong/access';
import { reminderJobs } from '@zhirong/events';
import { scheduleMeetings } from '@zhirong/events/scheduling';
import { JobName, JobOutbox } from '@zhirong/jobs';
import { MatchFactsRepository, MatchService } from '@zhirong/matching';
import { DataSource } from 'typeorm';

export const DEMO_EVENT_TITLE = '闵行区知识产权质押融资银企对接会';

/** 09:00 in Shanghai, `days` from today there. */
function shanghaiMorning(days: number, hhmm = '09:00'): Date {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${today}T${hhmm}:00+08:00`);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/**
 * The demo's upcoming matchmaking event in Minhang (银企对接会), two weeks ahead: the demo firm and
 * fifteen Minhang firms with open needs, the two demo banks and three others with their active
 * products, eight 20-minute slots at six tables, scheduled by the platform's own scheduler and
 * published, so the firm, the banks and the office all see a schedule. Runs once.
 */
export async function seedDemoEvent(dataSource: DataSource, orgs: { office: string; firm: string; bank: string; bank2: string }): Promise<void> {
  const [exists] = await dataSource.query('select 1 from matchmaking_event where organizer_organization_id = $1 and title = $2', [orgs.office, DEMO_EVENT_TITLE]);
  if (exists) return;
  // Minhang firms with an open need (the demo firm and those without accounts), and their matches up to date.
  const firms = (await dataSource.query(
    `select distinct on (e.id) e.id, e.name, e.organization_id, n.id as need_id from enterprise e join financing_need n on n.enterprise_id = e.id and n.status = 'OPEN'
      where e.region_path like '%310112' and (e.organization_id = $1 or e.organization_id is null)
      order by e.id, n.created_at`,
    [orgs.firm],
  )) as { id: string; name: string; organization_id: string | null; need_id: string }[];
  if (!firms.length) return;
  await new MatchService(dataSource, new MatchFactsRepository(dataSource), new AccessService(dataSource)).recomputeNeeds(firms.map((f) => f.need_id));
  // The two demo banks, and the three whose products fit most of these needs; each brings its active products.
  const banks = (await dataSource.query(
    `select o.id, o.name, array_agg(distinct p.id) as products,
            count(m.need_id) filter (where m.eligible) as fits
       from organization o join loan_product p on p.bank_organization_id = o.id and p.status = 'ACTIVE'
       left join match m on m.product_id = p.id and m.need_id = any($3::uuid[])
      where o.type = 'BANK' group by o.id, o.name
      order by (o.id = $1) desc, (o.id = $2) desc, count(m.need_id) filter (where m.eligible) desc, o.name limit 5`,
    [orgs.bank, orgs.bank2, firms.map((f) => f.need_id)],
  )) as { id: string; name: string; products: string[] }[];
  if (banks.length < 2) return;
  // The demo firm, and the fifteen firms with the most fitting products among these banks.
  const fitCounts = (await dataSource.query(
    `select m.need_id, count(*)::int as n from match m where m.eligible and m.need_id = any($1::uuid[]) and m.product_id = any($2::uuid[]) group by m.need_id`,
    [firms.map((f) => f.need_id), banks.flatMap((b) => b.products)],
  )) as { need_id: string; n: number }[];
  const fits = new Map(fitCounts.map((r) => [r.need_id, r.n]));
  const chosen = [
    ...firms.filter((f) => f.organization_id === orgs.firm),
    ...firms.filter((f) => f.organization_id !== orgs.firm).sort((a, b) => (fits.get(b.need_id) ?? 0) - (fits.get(a.need_id) ?? 0) || a.id.localeCompare(b.id)).slice(0, 15),
  ];

  await dataSource.transaction(async (manager) => {
    // Seeded firms have no organisation of their own (no accounts): a registration needs one.
    const [minhang] = (await manager.query(`select id from region where code = '310112'`)) as { id: string }[];
    for (const f of chosen.filter((c) => !c.organization_id)) {
      const [org] = (await manager.query(`insert into organization (name, type, region_id) values ($1, 'ENTERPRISE', $2) returning id`, [f.name, minhang.id])) as { id: string }[];
      await manager.query('update enterprise set organization_id = $2 where id = $1', [f.id, org.id]);
      f.organization_id = org.id;
    }
    const startsAt = shanghaiMorning(14);
    const [event] = (await manager.query(
      `insert into matchmaking_event (organizer_organization_id, region_id, region_path, type, title, description, starts_at, ends_at, venue, firm_capacity, bank_capacity,
         max_representatives, registration_deadline, table_count, visibility, invited_region_ids, status, published_at, registration_closed_at)
       select $1, o.region_id, r.path, 'MATCHMAKING_FAIR', $2, $3, $4, $5, '闵行区莘庄工业区科创中心三楼报告厅', 30, 10, 3, $6, 6, 'PUBLIC', array[o.region_id], 'REGISTRATION_CLOSED', now(), now()
         from organization o join region r on r.id = o.region_id where o.id = $1
       returning id, region_path`,
      [orgs.office, DEMO_EVENT_TITLE, '面向闵行区科技型中小企业的知识产权质押融资专场：政策解读、银行产品推介、一对一洽谈。', startsAt, shanghaiMorning(14, '17:00'), shanghaiMorning(12, '18:00')],
    )) as { id: string }[];
    const slots = Array.from({ length: 8 }, (_, i) => {
      const start = new Date(shanghaiMorning(14, '09:30').getTime() + i * 30 * 60_000 + (i >= 4 ? 90 * 60_000 : 0));
      return { index: i, startsAt: start, endsAt: new Date(start.getTime() + 20 * 60_000) };
    });
    for (const s of slots) await manager.query('insert into event_slot (event_id, index, starts_at, ends_at) values ($1, $2, $3, $4)', [event.id, s.index, s.startsAt, s.endsAt]);
    const firmRegs: string[] = [];
    for (const f of chosen) {
      const [r] = (await manager.query(
        `insert into event_registration (event_id, organization_id, role, display_name, enterprise_id, need_id, status) values ($1, $2, 'FIRM', $3, $4, $5, 'REGISTERED') returning id`,
        [event.id, f.organization_id, f.name, f.id, f.need_id],
      )) as { id: string }[];
      firmRegs.push(r.id);
    }
    const bankRegs: string[] = [];
    for (const [i, b] of banks.entries()) {
      const [r] = (await manager.query(
        `insert into event_registration (event_id, organization_id, role, display_name, product_ids, representatives, status) values ($1, $2, 'BANK', $3, $4, $5, 'REGISTERED') returning id`,
        [event.id, b.id, b.name, b.products, i < 2 ? 2 : 1],
      )) as { id: string }[];
      bankRegs.push(r.id);
    }
    // The matching engine's score of each firm's need with each bank's best active product.
    const matchRows = (await manager.query('select need_id, product_id, score from match where eligible and need_id = any($1::uuid[])', [chosen.map((c) => c.need_id)])) as {
      need_id: string;
      product_id: string;
      score: number;
    }[];
    const best = new Map<string, { score: number; productId: string }>();
    for (const row of matchRows) {
      const firm = chosen.findIndex((c) => c.need_id === row.need_id);
      const bank = banks.findIndex((b) => b.products.includes(row.product_id));
      const key = `${firm}|${bank}`;
      if (bank >= 0 && (best.get(key)?.score ?? -1) < row.score) best.set(key, { score: row.score, productId: row.product_id });
    }
    // The office pinned the demo firm with the demo bank in the first slot (an organiser may pin a pair the engine does not propose).
    const demoFirm = chosen.findIndex((c) => c.organization_id === orgs.firm);
    const pinned = demoFirm >= 0 ? [{ firm: demoFirm, bank: 0, slot: 0, table: 0 }] : [];
    if (demoFirm >= 0 && !best.has(`${demoFirm}|0`)) best.set(`${demoFirm}|0`, { score: 0, productId: banks[0].products[0] });
    for (const p of pinned) {
      await manager.query(`insert into event_pair_rule (event_id, firm_registration_id, bank_registration_id, kind, slot_index, table_index) values ($1, $2, $3, 'PINNED', $4, $5)`, [
        event.id,
        firmRegs[p.firm],
        bankRegs[p.bank],
        p.slot,
        p.table,
      ]);
    }
    const result = scheduleMeetings({
      firmCount: chosen.length,
      bankCount: banks.length,
      representatives: banks.map((_, i) => (i < 2 ? 2 : 1)),
      slotCount: slots.length,
      tableCount: 6,
      pairs: [...best].map(([key, b]) => {
        const [firm, bank] = key.split('|').map(Number);
        return { firm, bank, score: b.score };
      }),
      pinned,
      forbidden: [],
    });
    const [run] = (await manager.query(
      `insert into meeting_schedule (event_id, status, progress, objective, quality, upper_bound, gap, firms_met, firms_registered, meeting_count, solver, started_at, finished_at)
       values ($1, 'DONE', 100, $2, $3, $4, $5, $6, $7, $8, $9, now(), now()) returning id`,
      [event.id, result.objective, result.quality, result.upperBound, result.gap, result.firmsMet, chosen.length, result.meetings.length, result.solver],
    )) as { id: string }[];
    const meetings: { id: string; startsAt: Date; sequence: number }[] = [];
    for (const m of result.meetings) {
      const firm = chosen[m.firm];
      const bank = banks[m.bank];
      const pick = best.get(`${m.firm}|${m.bank}`);
      const [row] = (await manager.query(
        `insert into meeting (event_id, schedule_id, firm_registration_id, bank_registration_id, enterprise_id, firm_organization_id, bank_organization_id, product_id, score, slot_index, table_index, starts_at, ends_at, pinned)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id, starts_at`,
        [event.id, run.id, firmRegs[m.firm], bankRegs[m.bank], firm.id, firm.organization_id, bank.id, pick?.productId ?? null, pick?.score ?? 0, m.slot, m.table, slots[m.slot].startsAt, slots[m.slot].endsAt, m.pinned],
      )) as { id: string; starts_at: Date }[];
      meetings.push({ id: row.id, startsAt: row.starts_at, sequence: 0 });
      await manager.query(
        `insert into enterprise_bank_access (enterprise_id, bank_organization_id, reason, source_id) values ($1, $2, 'EVENT_MEETING', $3) on conflict do nothing`,
        [firm.id, bank.id, row.id],
      );
    }
    await manager.query(`update matchmaking_event set status = 'SCHEDULED', schedule_published_at = now() where id = $1`, [event.id]);
    await new JobOutbox().addMany(manager, JobName.NOTIFICATIONS_MEETING_REMINDER, reminderJobs(meetings, new Date()));
  });
}
