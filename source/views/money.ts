/** Money as the JSON output shows it: every key always present, so `jq .value.amount` never meets a missing key. */
import type { Money } from '../data/schema.js';

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
