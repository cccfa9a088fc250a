// Submits a handful of demo reports through the real intake API once, so the workbench has cases to show.
// Categories, organisations, teams and the routing policy are seeded by the services themselves.
const fs = require('node:fs');
const path = require('node:path');

const marker = path.resolve(__dirname, '../../.local/data/demo-reports-seeded');
const intake = `http://127.0.0.1:${process.env.LOKET_INTAKE_PORT ?? 3001}`;
const reports = [
  { description: 'Grofvuil naast de container bij de Dorpsstraat 12, al drie dagen.', category: 'afval', subcategory: 'grofvuil', location: { lat: 52.3731, lon: 4.8922 }, contact: { email: 'bewoner@demo.loket.local' } },
  { description: 'Lantaarnpaal op de hoek van het Marktplein brandt niet meer.', category: 'openbare-ruimte', subcategory: 'straatverlichting', location: { lat: 52.3702, lon: 4.8952 } },
  { description: 'Elke nacht harde muziek uit het café op de hoek tot 3 uur.', category: 'overlast', subcategory: 'horeca', location: { lat: 52.3667, lon: 4.8945 }, contact: { email: 'buurman@demo.loket.local' } },
  { description: 'Portiek van flat 4 ligt vol afval en de verlichting is kapot.', category: 'wonen', subcategory: 'portiek', location: { lat: 52.3598, lon: 4.9032 } },
];

async function main() {
  if (fs.existsSync(marker)) return;
  for (const report of reports) {
    const response = await fetch(`${intake}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    if (response.status !== 201) throw new Error(`demo report refused: ${response.status} ${await response.text()}`);
  }
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, new Date().toISOString());
  process.stderr.write(`[demo] submitted ${reports.length} demo reports\n`);
}

main().catch((error) => {
  process.stderr.write(`[demo] ${error.message}\n`);
  process.exit(1);
});
