// English messages of the home page's import (first paint); zh-cn/exchange-core.ts has the same keys.

/** On the home page from the first paint (registered in en-core.ts). */
export const enExchangeCore = {
  'exchange.import': 'Import a file…',
  'exchange.importHint': 'Open a .funnelbook.json file as a new workbook. You can also drop the file on this page.',
  'exchange.dropHere': 'Drop the file here to import it as a new workbook',
} as const;
