/** User-facing sentences of topic matching and `listen query`; tests assert them verbatim. */
export const topicMessages = {
  noTopics: 'No topics are declared in listening.config.ts, so mention_topics is empty. Add brands and topics under topics: [...] (see docs/topics.md).',
  unknownTopic: (name: string, known: string[]) =>
    `There is no topic "${name}" in listening.config.ts. Known topics: ${known.length ? known.join(', ') : 'none yet'}. Use one of these ids, or add the topic under topics: [...].`,
  noWarehouse: (path: string) => `The warehouse ${path} does not exist yet. Run the main job first (npm start, or listen run), then test the query again.`,
};
