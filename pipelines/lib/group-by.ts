/** Groups items by a key, keeping their order within each group (Map.groupBy arrives only in Node 21). */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
