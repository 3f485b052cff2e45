import type { Db } from '../lib/db.ts';
import type { Stage } from '../lib/stage.ts';
import { CATALOG, type CatalogColumn } from './apply-comments.ts';
import { buildLineage, type Lineage } from './lineage.ts';

export interface DocColumn {
  name: string;
  type: string;
  nullable: boolean;
  comment: string | null;
}

export interface DocRelation {
  name: string;
  kind: string;
  comment: string | null;
  rowEstimate: number | null;
  columns: DocColumn[];
  lineage: Lineage;
}

/** The warehouse's tables and views with their columns, comments and lineage, in the order the stages write them. */
export async function readCatalog(db: Db, stages: Stage<any>[]): Promise<DocRelation[]> {
  const relations = await db.all<{ relation: string; kind: string; comment: string | null; row_estimate: bigint | null }>(CATALOG.catalog_relations);
  const columns = await db.all<CatalogColumn>(CATALOG.catalog_columns);
  const lineage = buildLineage(relations.map((r) => r.relation), stages);
  const order = (name: string) => {
    const writer = stages.findIndex((stage) => stage.writes.includes(name));
    return writer < 0 ? -1 : writer;
  };
  return relations
    .map((r) => ({
      name: r.relation,
      kind: r.kind,
      comment: r.comment,
      rowEstimate: r.row_estimate === null ? null : Number(r.row_estimate),
      columns: columns
        .filter((c) => c.relation === r.relation)
        .map((c) => ({ name: c.column_name, type: c.data_type, nullable: c.is_nullable, comment: c.comment })),
      lineage: lineage.get(r.relation)!,
    }))
    .sort((a, b) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
}
