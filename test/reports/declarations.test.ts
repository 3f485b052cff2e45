import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileChart, renderPng } from '../../pipelines/charts/render.ts';
import type { Db } from '../../pipelines/lib/db.ts';
import { WORKSPACE_ROOT } from '../../pipelines/lib/workspace.ts';
import { declarationNames, loadDeclarations } from '../../pipelines/reports/declaration.ts';
import { renderDeclaration, type RenderedDeclaration } from '../../pipelines/reports/render-declaration.ts';
import { schemaErrors } from '../../pipelines/reports/schema.ts';
import { sampleWarehouse } from '../trends/sample-warehouse.ts';

const GOLDEN = new URL('./golden/', import.meta.url);
const names = declarationNames(WORKSPACE_ROOT);

/** The compiled Vega spec without the rows (they belong to the warehouse), floats rounded. */
function goldenText(rendered: RenderedDeclaration): string {
  const spec = structuredClone(rendered.vegaLiteSpecWithData) as { datasets: Record<string, unknown[]>; usermeta: { rendered?: unknown } };
  for (const name of Object.keys(spec.datasets)) spec.datasets[name] = [];
  delete spec.usermeta.rendered;
  const { vega } = compileChart(spec as never);
  return `${JSON.stringify(vega, (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e4) / 1e4 : value), 2)}\n`;
}

describe('report declarations', () => {
  let db: Db;
  const rendered = new Map<string, RenderedDeclaration>();

  beforeAll(async () => {
    ({ db } = await sampleWarehouse('reports-declarations'));
    for (const declaration of loadDeclarations(WORKSPACE_ROOT)) rendered.set(declaration.name, await renderDeclaration(db, declaration));
  }, 240_000);
  afterAll(() => db?.close());

  it('exist for every section the digest draws', () => {
    expect(names).toEqual(expect.arrayContaining(['volume-sentiment', 'share-of-voice', 'influencers', 'emerging-terms', 'root-causes']));
  });

  describe.each(names)('%s', (name) => {
    it('is valid against Vega-Lite’s JSON schema, as written and with its data', () => {
      const [declaration] = loadDeclarations(WORKSPACE_ROOT, [name]);
      expect(schemaErrors(declaration.spec)).toEqual([]);
      expect(schemaErrors(rendered.get(name)!.vegaLiteSpecWithData)).toEqual([]);
    });

    it('compiles with no Vega-Lite warning', () => {
      expect(rendered.get(name)!.warnings).toEqual([]);
    });

    it('renders the sample warehouse’s rows to SVG and PNG', () => {
      const { svg, vegaLiteSpecWithData } = rendered.get(name)!;
      const datasets = (vegaLiteSpecWithData as { datasets: Record<string, unknown[]> }).datasets;
      for (const [dataset, rows] of Object.entries(datasets)) expect(rows.length, `${name}: dataset ${dataset} is empty on the sample`).toBeGreaterThan(0);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(String((vegaLiteSpecWithData as { title?: string }).title));
      expect(svg.match(/role="graphics-symbol"/g)?.length ?? 0).toBeGreaterThan(0);
      const png = renderPng(svg);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(5_000);
    });

    it('compiles to the golden Vega spec (UPDATE_GOLDEN=1 rewrites it)', () => {
      const file = new URL(`${name}.vg.json`, GOLDEN);
      const text = goldenText(rendered.get(name)!);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  });

  it('binds its parameters: another brand, a shorter window, one platform', async () => {
    const all = rendered.get('volume-sentiment')!;
    const narrowed = await renderDeclaration(db, 'volume-sentiment', { brand: 'rushbee', since: '2026-10-10', until: '2026-10-16', platform: 'x' });
    const days = (r: RenderedDeclaration) => ((r.vegaLiteSpecWithData as unknown as { datasets: { daily: { day: string; mentions: number }[] } }).datasets.daily);
    expect(new Set(days(narrowed).map((row) => row.day))).toEqual(new Set(['2026-10-10', '2026-10-11', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16']));
    const total = (r: RenderedDeclaration) => days(r).reduce((sum, row) => sum + row.mentions, 0);
    expect(total(narrowed)).toBeLessThan(total(all));
    const brandParam = (narrowed.vegaLiteSpecWithData as { params: { name: string; value: string; bind: { options: string[] } }[] }).params[0];
    expect(brandParam.value).toBe('rushbee');
    expect(brandParam.bind.options).toEqual(['pakkit', 'grubzy', 'rushbee']);
    const platformOnly = await db.one<{ n: bigint }>(
      "select sum(mentions) as n from fct_volume_daily where platform = 'x' and lang = 'all' and topic_id = 'rushbee' and created_date between '2026-10-10' and '2026-10-16'",
    );
    const rushbee = days(narrowed).filter((row) => (row as unknown as { topic_id: string }).topic_id === 'rushbee');
    expect(rushbee.reduce((sum, row) => sum + row.mentions, 0)).toBe(Number(platformOnly!.n));
  });
});
