import { DIMENSION_PRESETS } from '$lib/document';
import { i18n, type MessageKey } from '$lib/i18n';

/** A preset dimension in the reader's language; the user's own dimension names as typed. */
export function dimensionLabel(dimension: string): string {
  return (DIMENSION_PRESETS as readonly string[]).includes(dimension) ? i18n.t(`segments.dim.${dimension}` as MessageKey) : dimension;
}
