// Prints the working-day exceptions `chinese-days` knows (2004–2026) as the rows of the
// calendar seed migration: weekdays off (HOLIDAY) and weekend days worked (WORKDAY, 调休).
// Plain weekends are not rows: the calendar stores only exceptions to Monday–Friday.
//   node libs/calendar/scripts/chinese-days-snapshot.mjs /path/to/node_modules/chinese-days
// The migration holds the result as literal data, so upgrading the package never changes a
// migrated database; a later year is loaded by the platform administrator.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkgDir = process.argv[2] ?? 'chinese-days';
const chineseDays = require(pkgDir).default;
const { version } = require(`${pkgDir}/package.json`);

const rows = [];
for (let year = 2004; year <= 2026; year++) {
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = d.toISOString().slice(0, 10);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    const works = chineseDays.isWorkday(date);
    if (weekend === works) {
      // "National Day,国庆节,3" -> 国庆节
      const name = String(chineseDays.getDayDetail(date).name).split(',')[1] ?? null;
      rows.push([date, year, weekend ? 'WORKDAY' : 'HOLIDAY', name]);
    }
  }
}
console.log(JSON.stringify({ version, rows }));
