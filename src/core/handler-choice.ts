/** Round-robin by load: the configured handler with the fewest open reports, ties in config order. */
export function chooseHandler(handlers: readonly string[], openCounts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = Infinity;
  for (const h of handlers) {
    const n = openCounts.get(h) ?? openCounts.get(h.toLowerCase()) ?? 0;
    if (n < bestCount) {
      best = h;
      bestCount = n;
    }
  }
  return best;
}
