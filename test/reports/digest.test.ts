import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../pipelines/lib/db.ts';
import { runCli, tempDir } from '../pipeline/helpers.ts';
import { sampleWarehouse } from '../trends/sample-warehouse.ts';
import { launchChromium } from './helpers.ts';

const SECTIONS = ['kpis', 'volume', 'share-of-voice', 'influencers', 'emerging-terms', 'root-causes', 'charts'];
const CHARTS = ['volume-sentiment', 'share-of-voice', 'influencers', 'emerging-terms', 'root-causes'];
const HOSTILE_BODY = '</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned = 3">win</a> <!-- \u2028 & "quoted"';
const HOSTILE_NAME = '<img src=x onerror="window.__pwned = 4">';
const HOSTILE_LABEL = '<script>window.__pwned = 5</script>late orders';
const HOSTILE_TERM = '</script><b>bold</b>';

interface Opened {
  page: Page;
  problems: string[];
}

async function open(browser: Browser, digest: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => !request.url().startsWith('file:') && problems.push(`network: ${request.url()}`));
  await page.goto(`file://${digest}`);
  await page.waitForFunction((n) => document.querySelectorAll('figure.chart[data-rendered="true"]').length === n, CHARTS.length, { timeout: 30_000 });
  return { page, problems };
}

describe('the digest in Chromium', () => {
  let browser: Browser;
  let warehouse: string;
  const render = async () => {
    const out = tempDir('reports-digest');
    const result = await runCli(['report', '--warehouse', warehouse, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    return result.stdout.trim();
  };

  beforeAll(async () => {
    const sample = await sampleWarehouse('reports-digest');
    sample.db.close();
    warehouse = sample.path;
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => browser?.close());

  it('opens offline with every section and chart drawn, no console error, and a screenshot', async () => {
    const digest = await render();
    const { page, problems } = await open(browser, digest);
    for (const id of SECTIONS) expect(await page.locator(`section#${id}`).count(), id).toBe(1);
    for (const chart of CHARTS) {
      const figure = page.locator(`figure.chart[data-chart="${chart}"]`);
      expect(await figure.locator('svg .mark-rect path, svg .mark-area path, svg .mark-line path, svg [role="graphics-symbol"]').count(), chart).toBeGreaterThan(0);
      expect(await figure.locator(`a[href="${chart}.svg"]`).count()).toBe(1);
      expect(existsSync(join(digest, '..', `${chart}.png`))).toBe(true);
    }
    expect(await page.locator('.kpi').count()).toBe(4);
    expect(await page.locator('section#root-causes blockquote.mention').count()).toBeGreaterThan(0);
    const select = page.locator('figure.chart[data-chart="volume-sentiment"] select');
    expect(await select.locator('option').allTextContents()).toEqual(['Pakkit', 'Grubzy', 'Rushbee']);
    await select.selectOption('rushbee');
    expect(problems).toEqual([]);
    const shot = join(digest, '..', 'digest.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(50_000);
    await page.close();
  });

  it('shows hostile mention texts, names and labels as text: no script runs, no element is injected', async () => {
    const db = await openDb(warehouse);
    try {
      await db.run(
        'update fct_mentions set body = $body, author_handle = $name, url = $url where mention_id in (select mention_id from mention_root_cause where is_representative)',
        { body: HOSTILE_BODY, name: HOSTILE_NAME, url: 'javascript:window.__pwned = 6' },
      );
      await db.run("update fct_brand_advocates set author_handle = $name, author_name = $name where brand_id = 'pakkit'", { name: HOSTILE_NAME });
      await db.run("update fct_root_causes set label = $label where brand = 'pakkit'", { label: HOSTILE_LABEL });
      await db.run("update fct_emerging_terms set term = $term where topic_id = 'pakkit' and term_rank = 1", { term: HOSTILE_TERM });
      await db.run("update dim_topics set name = $name where topic_id = 'grubzy'", { name: HOSTILE_NAME });
    } finally {
      db.close();
    }
    const digest = await render();
    const html = readFileSync(digest, 'utf8');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    const { page, problems } = await open(browser, digest);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('section#root-causes blockquote.mention').first().textContent()).toBe(HOSTILE_BODY);
    expect(await page.locator('section#root-causes h3').first().textContent()).toBe(HOSTILE_LABEL);
    expect(await page.locator('section#influencers td').first().textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('section#emerging-terms td', { hasText: HOSTILE_TERM }).count()).toBeGreaterThan(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.locator('figure.chart[data-chart="volume-sentiment"] select option').allTextContents()).toContain(HOSTILE_NAME);
    expect(problems).toEqual([]);
    await page.close();
  });
});
