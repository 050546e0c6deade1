import type { enXlsx } from '../en/xlsx';

export const zhCNXlsx: Record<keyof typeof enXlsx, string> = {
  'xlsx.export': '导出 Excel',
  'xlsx.exportHint': '将此工作簿下载为 Excel 文件（.xlsx）：每个数字都是可用的公式，假设为命名单元格，每个情景各有一组工作表',
  'xlsx.exporting': '正在生成 Excel 文件…',
  'xlsx.failed': '无法生成 Excel 文件：{message}',
  'xlsx.sheet.scenarios': '情景对比',
  'xlsx.header.name': '名称',
  'xlsx.header.label': '项目',
  'xlsx.header.base': '基准',
};
