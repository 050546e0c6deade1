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

export const enFeatures = {
  ...enConcepts,
  ...enInsights,
  ...enLabels,
  ...enScenarios,
  ...enWhatIf,
  ...enProbability,
  ...enReport,
  ...enChartsFunnel,
  ...enChartsAnalysis,
} as const;
