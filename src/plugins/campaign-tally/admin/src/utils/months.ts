/** The last twelve months, newest first, as YYYY-MM; the first is last month (the usual ask). */
export function recentMonths(today = new Date(), count = 12): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(today.getFullYear(), today.getMonth() - 1 - i, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** The months from one date to another (YYYY-MM-DD), newest first, at most 36. */
export function monthsBetween(from: string | null, to: string | null): string[] {
  if (!from || !to || from > to) return [];
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (let i = 0; i < 36; i += 1) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    out.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out.reverse();
}
