/**
 * Strict readers for the services' JSON, as docs/api.md documents it. Each mapper reads exactly the
 * documented field names; these helpers only check the type of one value and yield null (or an
 * empty list) when it is absent or of another type. They never guess among alternative names: a
 * renamed field must show up as a failing mapper test, not as a silently empty screen.
 */

export type Json = Record<string, unknown>;

export function obj(v: unknown): Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
}

/** The object, or null when the value is null, absent or not an object. */
export function objOrNull(v: unknown): Json | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

/** A list of strings (other entries dropped). */
export function strs(v: unknown): string[] {
  return arr(v).filter((s): s is string => typeof s === 'string');
}

/** The services write colours as `#rrggbb`; anything else is null. Lower-cased for comparison. */
export function hex(v: unknown): string | null {
  return typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : null;
}

/** CIELAB as the services write it, `{l, a, b}`. */
export interface Lab {
  L: number;
  a: number;
  b: number;
}

export function lab(v: unknown): Lab | null {
  const o = objOrNull(v);
  if (!o) return null;
  const L = num(o.l);
  const a = num(o.a);
  const b = num(o.b);
  return L === null || a === null || b === null ? null : { L, a, b };
}

/** "true-autumn" → "True Autumn": only for a slug the service sends without its display name. */
export function humanize(id: string): string {
  return id
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\b\w/g, (c) => c.toUpperCase());
}
