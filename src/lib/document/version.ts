/** The one version constant of the Funnelbook document; every change appends a migration. */
export const DOC_TYPE = 'funnelbook';
export const DOC_VERSION = 1;
/** Longest name the file format accepts. */
export const NAME_MAX = 120;
