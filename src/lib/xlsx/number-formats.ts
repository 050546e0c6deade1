import type { CellKind } from '../document';

// Number formats a client's Excel shows the way Funnelbook does: thousands separators, percentages
// and dates. Whole counts and amounts show no decimals; fractional ones show two.

const WHOLE = '#,##0';
const FRACTION = '#,##0.00';

export function numberFormat(kind: CellKind, value: unknown): string | undefined {
  const whole = typeof value !== 'number' || Number.isInteger(value);
  switch (kind) {
    case 'count':
    case 'money':
      return whole ? WHOLE : FRACTION;
    case 'decimal':
      return FRACTION;
    case 'percent':
      return '0.0#%';
    case 'rate-delta':
      // A gap in percentage points: signed, so a shortfall reads as one.
      return '+0.0#%;-0.0#%;0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    default:
      return undefined;
  }
}
