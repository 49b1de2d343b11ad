/** Money as the JSON output shows it: every key always present, so `jq .value.amount` never meets a missing key. */
import type { Money } from '../data/schema.js';
import { shortMoney } from '../text/format.js';

/** How a comparator reads before a short amount: `≈$1.3B`, `>$100B`. */
const COMPARATOR_MARK: Record<string, string> = { '~': '≈', '>': '>', '<': '<', '=': '' };

/** A short amount with its comparator (`≈$1.3B`, `>$100B`), or '' when the amount is not known. */
export function shortMoneyOf(m: Money | undefined): string {
  if (m?.amount === undefined) return '';
  return `${COMPARATOR_MARK[m.comparator ?? '='] ?? ''}${shortMoney(m.amount, m.currency)}`;
}

export interface MoneyJson {
  text: string;
  amount: number | null;
  currency: string;
  comparator: '~' | '>' | '<' | '=' | null;
}

export function moneyJson(m: Money | undefined): MoneyJson | null {
  if (!m) return null;
  return { text: m.text, amount: m.amount ?? null, currency: m.currency, comparator: m.comparator ?? null };
}
