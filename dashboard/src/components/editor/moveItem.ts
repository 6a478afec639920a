/** Moves the item at `index` by `by` places (−1 up, 1 down), staying within the list: steps, questions and touchpoints are ordered. */
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.min(list.length - 1, Math.max(0, index + by));
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item!);
  return copy;
}
