import type { enExchangeCore } from '../en/exchange-core';

export const zhCNExchangeCore: Record<keyof typeof enExchangeCore, string> = {
  'exchange.import': '导入文件…',
  'exchange.importHint': '把 .funnelbook.json 文件作为新工作簿打开；也可以把文件拖放到本页。',
  'exchange.dropHere': '松开鼠标，把文件导入为新工作簿',
};
