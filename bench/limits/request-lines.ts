// N request lines for `jiuzhu assess`, each with its own county and date (issue 19.3).
// Usage: npx tsx bench/limits/request-lines.ts 1000000 | node dist/cli.js assess \
//          --table fixtures/standards/bundled.json --detail outcome > /dev/null
const n = Number(process.argv[2] ?? 1_000_000);
const day = (from: number, k: number) => new Date(from + k * 86400000).toISOString().slice(0, 10);
const changzhou = Date.UTC(2021, 6, 1);
const yinchuan = Date.UTC(2021, 6, 30);
let buffer = '';
for (let i = 0; i < n; i++) {
  const k = i >> 1;
  const [region, on] =
    i % 2 === 0
      ? [String(320401 + (k % 99)), day(changzhou, Math.floor(k / 99) % 365)]
      : [String(640101 + (k % 99)), day(yinchuan, Math.floor(k / 99) % 1600)];
  const household = {
    id: `h${i}`,
    region,
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true },
      { id: 'b', livesWithHousehold: true },
    ],
    incomes: [{ type: 'wage', amount: 1000 + (i % 900), period: 'month', memberId: 'a' }],
  };
  buffer += `${JSON.stringify({ household, on, region })}\n`;
  if (buffer.length > 1 << 20) {
    process.stdout.write(buffer);
    buffer = '';
  }
}
process.stdout.write(buffer);
