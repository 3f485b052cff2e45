import { beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, showReport, type Display } from '../../pipelines/notebook.ts';
import { sampleWarehouse } from '../trends/sample-warehouse.ts';

let path: string;
beforeAll(async () => {
  const sample = await sampleWarehouse('notebook-report');
  sample.db.close();
  path = sample.path;
}, 180_000);

function capture(): Display & { svgs: string[]; texts: string[] } {
  const svgs: string[] = [];
  const texts: string[] = [];
  return { svgs, texts, html: () => undefined, svg: (s) => void svgs.push(s), text: (t) => void texts.push(t) };
}

describe('showReport', () => {
  it("renders a declaration of reports/ on the warehouse with the notebook's parameters and shows its SVG", async () => {
    const warehouse = await openWarehouse({ path });
    const pakkit = capture();
    const rushbee = capture();
    await showReport('volume-sentiment', { brand: 'pakkit' }, { display: pakkit, warehouse });
    await showReport('volume-sentiment', { brand: 'rushbee' }, { display: rushbee, warehouse });
    expect(pakkit.svgs).toHaveLength(1);
    expect(pakkit.svgs[0].startsWith('<svg')).toBe(true);
    expect(pakkit.texts).toEqual([]);
    // The brand reaches the queries: another brand, another chart.
    expect(rushbee.svgs[0]).not.toBe(pakkit.svgs[0]);
  }, 60_000);

  it('names an unknown report and lists the ones there are', async () => {
    const warehouse = await openWarehouse({ path });
    await expect(showReport('volume', {}, { display: capture(), warehouse })).rejects.toThrow(/^No report named 'volume' in .*reports\. Reports: .*volume-sentiment/);
  });
});
