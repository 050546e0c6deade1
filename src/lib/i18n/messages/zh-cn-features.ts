import type { enFeatures } from './en-features';
import { zhCNConcepts } from './zh-cn/concepts';
import { zhCNInsights } from './zh-cn/insights';
import { zhCNLabels } from './zh-cn/labels';
import { zhCNScenarios } from './zh-cn/scenarios';
import { zhCNWhatIf } from './zh-cn/what-if';
import { zhCNProbability } from './zh-cn/probability';
import { zhCNReport } from './zh-cn/report';
import { zhCNChartsFunnel } from './zh-cn/charts';
import { zhCNChartsAnalysis } from './zh-cn/charts-analysis';
import { zhCNClipboard } from './zh-cn/clipboard';
import { zhCNSegments } from './zh-cn/segments';
import { zhCNCrmImport } from './zh-cn/crm-import';
import { zhCNExchange } from './zh-cn/exchange';
import { zhCNDurability } from './zh-cn/durability';
import { zhCNXlsx } from './zh-cn/xlsx';

export const zhCNFeatures: Record<keyof typeof enFeatures, string> = {
  ...zhCNDurability,
  ...zhCNExchange,
  ...zhCNConcepts,
  ...zhCNInsights,
  ...zhCNLabels,
  ...zhCNScenarios,
  ...zhCNWhatIf,
  ...zhCNProbability,
  ...zhCNReport,
  ...zhCNChartsFunnel,
  ...zhCNChartsAnalysis,
  ...zhCNClipboard,
  ...zhCNSegments,
  ...zhCNCrmImport,
  ...zhCNXlsx,
};
