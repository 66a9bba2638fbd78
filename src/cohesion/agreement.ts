// Stance agreement as bilateral evidence: an agreement item is an issue on which both sides
// took a position in the same agreement period (a calendar month; a week for weekly series).
//
//   2020-03  USAGOV  sanctions-relief -1      item (sanctions-relief, 2020-03): USA -1, FRA -1 -> agree
//   2020-03  FRAGOV  sanctions-relief -1
//   2020-03  FRAGOV  ceasefire +1             FRA alone on the ceasefire: no item
//   1999-05  USAGOV  ceasefire -1             no item with 2020's ceasefire stances: 21 years apart
//
// A side's position is the sign of the mean polarity of its actors' stances on the issue in the
// period (a side split evenly has none). Each item counts once, however many stances lie under
// it; stances outside items enter nothing.
import type { SideStance } from './evidence.ts';
import { windowOf, type WindowSize } from './windows.ts';

/** How far apart two positions may be and still answer the same question. */
const agreementPeriod = (by: WindowSize): WindowSize => (by === 'week' ? 'week' : 'month');

export type AgreementItem = { issue: string; period: string; a: number; b: number; stances: SideStance[] };

export function agreementItems(stances: SideStance[], by: WindowSize): AgreementItem[] {
  const period = agreementPeriod(by);
  const groups = new Map<string, { issue: string; period: string; a: number; b: number; stances: SideStance[] }>();
  for (const s of stances) {
    const label = windowOf(s.article.published, period).label;
    const key = `${s.issue}\u0000${label}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { issue: s.issue, period: label, a: 0, b: 0, stances: [] }));
    if (s.side === 'a') group.a += s.polarity;
    else group.b += s.polarity;
    group.stances.push(s);
  }
  const items: AgreementItem[] = [];
  for (const g of groups.values()) {
    const a = Math.sign(g.a);
    const b = Math.sign(g.b);
    if (a !== 0 && b !== 0) items.push({ ...g, a, b });
  }
  return items.sort((x, y) => x.period.localeCompare(y.period) || x.issue.localeCompare(y.issue));
}
