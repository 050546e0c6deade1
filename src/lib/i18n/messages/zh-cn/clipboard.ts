// 表格的复制、粘贴与 CSV 导出（简体中文）；键与 en/clipboard.ts 相同。
import type { enClipboard } from '../en/clipboard';

export const zhCNClipboard: Record<keyof typeof enClipboard, string> = {
  'clipboard.notPasted': '部分粘贴的单元格未写入：{reasons}。',
  'clipboard.outside': '{count} 个超出表格边缘',
  'clipboard.readOnly': '{count} 个落在计算单元格上（{cells}）；粘贴以 = 开头的公式才能替换',
  'clipboard.rejected': '{count} 个无法接受（{cell}：{reason}）',
  'clipboard.dismiss': '关闭',
  'clipboard.exportCsv': '导出 CSV',
  'clipboard.exportCsvHint': '将漏斗表（所有阶段、所有列）下载为可用 Excel 打开的 CSV 文件',
};
