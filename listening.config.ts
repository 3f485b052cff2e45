import { defineConfig } from './pipelines/lib/config.ts';

// The one file a listening team edits. Paths are relative to this folder.
export default defineConfig({
  warehouse: 'data/warehouse.duckdb',
  inbox: 'data/inbox',
  ingest: {
    // Files whose columns are not recognized get a mapping here, e.g.:
    // { match: 'acme/**/*.csv', columns: { body: 'Post Content', created_at: ['Day', 'Hour'] }, timeZone: 'Europe/Istanbul', dateOrder: 'dmy' },
    mappings: [],
  },
  // Brands, competitors, products and topics as Boolean queries (docs/topics.md). Where a query names
  // the topic (or one of its aliases), every alias and misspelling counts too; without a query, the
  // name and aliases are the query. Try one with: listen query test pakkit
  topics: [
    {
      id: 'pakkit', name: 'Pakkit', kind: 'brand',
      aliases: ['Pakkit app', 'PakkitApp', '@pakkit', '#pakkit'],
      misspellings: ['Pakit', 'Pakkitt'],
    },
    {
      id: 'rushbee', name: 'Rushbee', kind: 'competitor',
      query: 'rushbee OR "bee express"',
      aliases: ['Rush Bee', 'Rushbee app', '@rushbee_app', '#rushbee'],
      misspellings: ['Rushbe', 'Rusbee'],
    },
    {
      id: 'grubzy', name: 'Grubzy', kind: 'competitor',
      aliases: ['Grubzy Eats', '@grubzy', '#grubzy'],
      misspellings: ['Grubsy', 'Grubzi'],
    },
    { id: 'pakkit-plus', name: 'Pakkit Plus', kind: 'product', parent: 'pakkit', misspellings: ['Pakit Plus', 'Pakkitt Plus'] },
    { id: 'pakkit-market', name: 'Pakkit Market', kind: 'product', parent: 'pakkit', misspellings: ['Pakit Market', 'Pakkitt Market'] },
    { id: 'pakkit-wallet', name: 'Pakkit Wallet', kind: 'product', parent: 'pakkit', misspellings: ['Pakit Wallet', 'Pakkitt Wallet'] },
    { id: 'rushbee-prime', name: 'Rushbee Prime', kind: 'product', parent: 'rushbee', aliases: ['Rush Bee Prime'] },
    { id: 'bee-express', name: 'Bee Express', kind: 'product', parent: 'rushbee' },
    { id: 'grubzy-pass', name: 'Grubzy Pass', kind: 'product', parent: 'grubzy' },
    { id: 'grubzy-groceries', name: 'Grubzy Groceries', kind: 'product', parent: 'grubzy' },
    {
      id: 'delivery', name: 'Delivery', kind: 'topic',
      query:
        'deliver* OR courier* OR driver OR "on time" OR late OR ((wait* OR still) NEAR/4 order*) ' +
        'OR kurye* OR teslim* OR "geç kaldı" OR gelmedi OR bekliyorum ' +
        'OR repartidor* OR retraso OR tarde OR entregado OR (esperando NEAR/3 pedido) ' +
        'OR lieferung* OR fahrer OR verspätet OR "zu spät" OR zugestellt ' +
        'OR futár* OR késett OR kiszállít* OR várok ' +
        'OR المندوب OR توصيل* OR تأخر OR أنتظر',
    },
    {
      id: 'billing', name: 'Billing', kind: 'topic',
      query:
        '(charg* OR billed OR "two payments" OR "paid twice" OR "iki kez" OR "iki kere" OR mükerrer OR cobr* OR "cargo duplicado" ' +
        'OR doppelt OR abbuchung OR abgebucht OR "zweimal bezahlt" OR خصم OR مرتين OR kétszer OR terhel*) ' +
        'NOT (crash* OR freez* OR çöküyor OR "se bloquea")',
    },
    {
      id: 'app', name: 'App', kind: 'topic',
      query:
        'app OR apps OR crash* OR freez* OR login OR "log in" OR checkout OR update ' +
        'OR uygulama* OR çöküyor OR çöktü OR kapanıyor OR aplicación OR "se cierra" OR "se cuelga" OR "se bloquea" ' +
        'OR stürzt OR absturz* OR "hängt sich" OR تطبيق OR يتوقف OR összeomlik OR kifagy OR alkalmazás',
    },
    {
      id: 'refunds', name: 'Refunds', kind: 'topic',
      query: 'refund* OR reimburs* OR iade* OR reembolso* OR devolvió OR rückerstattung OR erstattet OR الاسترداد OR استرداد OR visszatérítés OR "utalta vissza"',
    },
  ],
  // Scheduled runs (docs/schedules.md): `listen schedule` fires them in their zone; `listen schedule list`
  // shows the next fire times; `listen schedule --print crontab|systemd` prints lines for cron or systemd.
  // Steps run in order as `listen …` child processes; the first that fails stops the run.
  schedules: [
    {
      name: 'daily-pipeline', description: 'load the new exports in the inbox',
      cron: '0 6 * * *', timeZone: 'Europe/Istanbul',
      steps: [{ run: 'pipeline' }],
    },
    {
      name: 'weekly-digest', description: 'refresh, then render the reports and the HTML digest',
      cron: '30 7 * * 1', timeZone: 'Europe/Istanbul',
      // since/until take a date, "today", or days/weeks back from the run date: { since: '-28d', until: '-1d' }
      steps: [{ run: 'pipeline' }, { run: 'reports', report: 'all', brand: 'pakkit' }],
    },
    {
      name: 'weekly-sentiment-audit', description: 'the sentiment audit notebook for the brand',
      cron: '0 8 * * 1', timeZone: 'Europe/Istanbul',
      // {date} is the run's date in the schedule's zone, {run} the run id.
      steps: [{ run: 'notebook', name: 'sentiment-audit', params: { brand: 'pakkit' }, out: 'reports/out/notebooks/sentiment-audit-{date}' }],
    },
  ],
});
