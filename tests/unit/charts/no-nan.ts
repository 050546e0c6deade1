import { expect } from 'vitest';

/** Fails when any number anywhere in `value` is NaN or infinite, or any string holds "NaN". */
export function expectNoNaN(value: unknown, path = 'layout'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  } else if (typeof value === 'string') {
    expect(value, path).not.toMatch(/NaN|Infinity/);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => expectNoNaN(item, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) expectNoNaN(item, `${path}.${key}`);
  }
}
