// The strings of the workbook's features, in English; loaded with the first workbook opened.
import { enConcepts } from './en/concepts';
import { enInsights } from './en/insights';
import { enLabels } from './en/labels';
import { enScenarios } from './en/scenarios';
import { enWhatIf } from './en/what-if';
import { enProbability } from './en/probability';
import { enReport } from './en/report';
import { enChartsFunnel } from './en/charts';
import { enChartsAnalysis } from './en/charts-analysis';
import { enClipboard } from './en/clipboard';
import { enSegments } from './en/segments';
import { enCrmImport } from './en/crm-import';
import { enExchange } from './en/exchange';
import { enDurability } from './en/durability';
import { enXlsx } from './en/xlsx';

export const enFeatures = {
  ...enDurability,
  ...enExchange,
  ...enConcepts,
  ...enInsights,
  ...enLabels,
  ...enScenarios,
  ...enWhatIf,
  ...enProbability,
  ...enReport,
  ...enChartsFunnel,
  ...enChartsAnalysis,
  ...enClipboard,
  ...enSegments,
  ...enCrmImport,
  ...enXlsx,
} as const;
