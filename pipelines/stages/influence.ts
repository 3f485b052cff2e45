import { formulaParams, INFLUENCE_FORMULA } from '../influence/formula.ts';
import { readGraph, writePagerank } from '../influence/graph-io.ts';
import { pagerankCsr } from '../influence/pagerank.ts';
import { formatCount } from '../lib/log.ts';
import { readModels } from '../lib/queries.ts';
import { defineStage } from '../lib/stage.ts';

export interface InfluenceOptions {
  /** Recorded in pipeline_runs with every run; the weights belong to the version (pipelines/influence/formula.ts). */
  formulaVersion: string;
  /** Advocates and detractors kept per brand and role in fct_brand_advocates. */
  advocatesPerBrand: number;
}

const SQL = Object.fromEntries(readModels('influence').map((model) => [model.name, model.sql]));
const GRAPH_MODELS = ['int_mention_authors', 'int_interactions', 'int_author_stats'];

export const influenceStage = defineStage<InfluenceOptions>({
  name: 'influence',
  description: 'Score every author’s influence from reach, activity, engagement, amplification and PageRank on the interaction graph.',
  reads: ['fct_mentions', 'mention_topics', 'dim_topics', 'dim_authors', 'fct_author_influence_history'],
  writes: [...GRAPH_MODELS, 'dim_authors', 'fct_author_influence_history', 'fct_brand_advocates'],
  defaults: { formulaVersion: INFLUENCE_FORMULA.version, advocatesPerBrand: 20 },
  fingerprint: () => Object.values(SQL).join('\n') + JSON.stringify(INFLUENCE_FORMULA),
  async run({ db, options, log, now, runId }) {
    if (options.formulaVersion !== INFLUENCE_FORMULA.version) {
      throw new Error(
        `The influence stage was asked for formula ${options.formulaVersion}, but this code computes ${INFLUENCE_FORMULA.version}. ` +
          'Remove the formulaVersion option, or check out the code of that version.',
      );
    }
    return db.transaction(async () => {
      await db.run(`create or replace temp table influence_mentions as ${SQL.influence_mentions}`);
      for (const name of GRAPH_MODELS) await db.run(`create or replace table ${name} as ${SQL[name]}`);
      const graph = await readGraph(db);
      log.info(`  PageRank over ${formatCount(graph.nodeCount)} accounts (authors and accounts they @mention) and ${formatCount(graph.targets.length)} interaction edges`);
      await writePagerank(db, pagerankCsr(graph, { alpha: INFLUENCE_FORMULA.alpha }));
      await db.run('delete from dim_authors');
      await db.run(`insert into dim_authors by name ${SQL.dim_authors}`, {
        ...formulaParams(INFLUENCE_FORMULA),
        run_id: runId,
        computed_at: now.toISOString(),
      });
      await db.run(
        `insert into fct_author_influence_history by name
         select run_id, formula_version, author_key, influence_score, computed_at from dim_authors`,
      );
      await db.run(`create or replace table fct_brand_advocates as ${SQL.fct_brand_advocates}`, { top_n: options.advocatesPerBrand });
      await db.run('drop table author_pagerank');
      await db.run('drop table influence_mentions');
      const authors = Number((await db.one<{ n: bigint }>('select count(*) as n from dim_authors'))?.n ?? 0);
      const warnings = authors === 0 ? ['No authors to score: fct_mentions has no mention with an author handle or id.'] : [];
      return { rows: authors, warnings };
    });
  },
});
