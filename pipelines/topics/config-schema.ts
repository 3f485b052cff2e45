import { z } from 'zod';
import { printQuery } from './ast.ts';
import { AliasesUnusedError, expandTopicQuery, parseAlias } from './expand.ts';
import { QuerySyntaxError } from './syntax-error.ts';

export const TOPIC_KINDS = ['brand', 'competitor', 'product', 'topic'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export const topicSchema = z
  .object({
    /** Stable key: lower case letters, digits, - and _ (it is what mention_topics stores). */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, - and _ (for example "pakkit-plus")'),
    name: z.string().min(1),
    kind: z.enum(TOPIC_KINDS),
    /** A Boolean query (docs/topics.md); defaults to the name and its aliases. */
    query: z.string().optional(),
    aliases: z.array(z.string().min(1)).default([]),
    misspellings: z.array(z.string().min(1)).default([]),
    /** Also match the name and one-word aliases with up to this many letters different (Damerau–Levenshtein). */
    fuzzy: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(0),
    /** The topic this one belongs to: a product's brand, a sub-topic's topic. */
    parent: z.string().optional(),
  })
  .strict();

export type TopicConfig = z.infer<typeof topicSchema>;
export type TopicConfigInput = z.input<typeof topicSchema>;

function describeTopic(topic: { id?: string; name?: string }, index: number): string {
  return `topic ${index} ("${topic.id ?? topic.name ?? '?'}")`;
}

/** Every topic's query parses (with its aliases), ids are unique, parents exist; problems name the entry and the character. */
export const topicsSchema = z.array(topicSchema).superRefine((topics, ctx) => {
  const ids = new Set<string>();
  topics.forEach((topic, index) => {
    const who = describeTopic(topic, index);
    if (ids.has(topic.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${who}: the id is used twice; give each topic its own id` });
    ids.add(topic.id);
    let aliasesParse = true;
    for (const field of ['aliases', 'misspellings'] as const) {
      topic[field].forEach((alias, a) => {
        try {
          parseAlias(alias);
        } catch (error) {
          if (!(error instanceof QuerySyntaxError)) throw error;
          aliasesParse = false;
          ctx.addIssue({ code: 'custom', path: [index, field, a], message: `${who}: the ${field === 'aliases' ? 'alias' : 'misspelling'} does not parse: ${error.message}` });
        }
      });
    }
    if (!aliasesParse) return;
    try {
      expandTopicQuery(topic);
    } catch (error) {
      if (error instanceof QuerySyntaxError) ctx.addIssue({ code: 'custom', path: [index, 'query'], message: `${who}: the query does not parse: ${error.message}` });
      else if (error instanceof AliasesUnusedError) ctx.addIssue({ code: 'custom', path: [index, 'aliases'], message: `${who}: ${error.message}` });
      else throw error;
    }
  });
  topics.forEach((topic, index) => {
    if (topic.parent === undefined) return;
    if (topic.parent === topic.id || !ids.has(topic.parent))
      ctx.addIssue({ code: 'custom', path: [index, 'parent'], message: `${describeTopic(topic, index)}: the parent "${topic.parent}" is not the id of another topic` });
  });
});

/** A topic ready to match: its expanded query and the text of it that dim_topics shows. */
export interface CompiledTopic {
  id: string;
  name: string;
  kind: TopicKind;
  parentId: string | null;
  root: ReturnType<typeof expandTopicQuery>;
  query: string;
}

export function compileTopics(topics: TopicConfigInput[]): CompiledTopic[] {
  const parsed = topicsSchema.parse(topics);
  return parsed.map((topic) => {
    const root = expandTopicQuery(topic);
    return { id: topic.id, name: topic.name, kind: topic.kind, parentId: topic.parent ?? null, root, query: printQuery(root) };
  });
}
