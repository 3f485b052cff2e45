import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../pipelines/lib/config.ts';
import { compileTopics, topicsSchema } from '../../pipelines/topics/config-schema.ts';
import config from '../../listening.config.ts';

async function configError(topics: unknown): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'listen-topics-config-'));
  writeFileSync(join(root, 'listening.config.ts'), `export default { topics: ${JSON.stringify(topics)} };\n`);
  try {
    await loadConfig(root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the config loaded');
}

describe('topics in listening.config.ts', () => {
  it('compiles the committed config: three brands, their products and four topics', () => {
    const topics = compileTopics(config.topics ?? []);
    expect(topics.map((t) => t.kind).filter((k) => k === 'brand' || k === 'competitor')).toEqual(['brand', 'competitor', 'competitor']);
    expect(topics.filter((t) => t.kind === 'topic').map((t) => t.id)).toEqual(['delivery', 'billing', 'app', 'refunds']);
  });

  it('names the entry and points at the character of a query that does not parse', async () => {
    const message = await configError([
      { id: 'pakkit', name: 'Pakkit', kind: 'brand' },
      { id: 'delivery', name: 'Delivery', kind: 'topic', query: 'deliver* AND (late OR' },
    ]);
    expect(message).toBe(
      'listening.config.ts is not valid:\n' +
        '  topics.1.query: topic 1 ("delivery"): the query does not parse: expected a word, a "phrase", a #hashtag, an @handle or (, found the end of the query (at character 22)\n' +
        '    deliver* AND (late OR\n' +
        '                         ^\n' +
        'Fix these entries and run again.',
    );
  });

  it('refuses duplicate ids, unknown parents, bad aliases and aliases the query never uses', async () => {
    const message = await configError([
      { id: 'pakkit', name: 'Pakkit', kind: 'brand', aliases: ['"'] },
      { id: 'pakkit', name: 'Pakkit 2', kind: 'brand' },
      { id: 'plus', name: 'Plus', kind: 'product', parent: 'acme' },
      { id: 'late', name: 'Late', kind: 'topic', query: 'tardy', misspellings: ['lat'] },
      { id: 'Bad Id', name: 'x', kind: 'topic' },
    ]);
    expect(message).toContain('topics.0.aliases.0: topic 0 ("pakkit"): the alias does not parse: """ has no letters or digits to match (at character 1)');
    expect(message).not.toContain('topics.0.query');
    expect(message).toContain('topics.1.id: topic 1 ("pakkit"): the id is used twice; give each topic its own id');
    expect(message).toContain('topics.2.parent: topic 2 ("plus"): the parent "acme" is not the id of another topic');
    expect(message).toContain('topics.3.aliases: topic 3 ("late"): the aliases and misspellings stand in for "Late" wherever the query names it');
    expect(message).toContain('topics.4.id: use lower-case letters, digits, - and _');
  });

  it('defaults to no topics', () => {
    expect(topicsSchema.parse([])).toEqual([]);
  });
});
