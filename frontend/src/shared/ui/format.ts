import type { Money } from '../../features/product-catalog/types';

export function formatMoney(m: Money | null): string {
  if (!m) return '';
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: m.currency || 'EUR' }).format(m.amount);
  } catch {
    return `${m.amount.toFixed(2)} ${m.currency}`;
  }
}

export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function percent(v: number | null): string {
  if (v === null) return '';
  const p = v <= 1 ? v * 100 : v;
  return `${Math.round(p)}%`;
}
