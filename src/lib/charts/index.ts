// Chart geometry as pure functions (d3 scales and shapes, no DOM): Svelte components draw the result.
export { PALETTE, seriesColour } from './palette';
export { groupedBarsLayout, deltaAgainstBase, type BarGroupInput, type GroupedBarsOptions, type GroupedBar, type BarGroupLayout, type GroupedBarsLayout } from './grouped-bars';
export { tornadoLayout, tornadoInputs, type TornadoMetric, type TornadoInput, type TornadoOptions, type TornadoBar, type TornadoRowLayout, type TornadoLayout } from './tornado';
export { distributionLayout, type DistributionMode, type DistributionHistogram, type DistributionInput, type DistributionOptions, type DistributionBar, type DistributionLayout, type BinOutcome } from './distribution';
export { smallMultiplesLayout, panelCache, type PanelCache, type TrendSeries, type SmallMultiplesOptions, type TrendPoint, type TrendPanel, type SmallMultiplesLayout } from './small-multiples';
export { funnelLayout, funnelHeight, chooseScale, volumeScale, chartColumns, textWidth, fitText, LOG_RATIO, type ScaleKind, type ScaleOption, type FunnelStageInput, type FunnelLayoutInput, type FunnelBar, type FunnelStageLayout, type FunnelLayout } from './funnel-geometry';
export { waterfallLayout, waterfallHeight, reverseSteps, type WaterfallLink, type WaterfallStepInput, type WaterfallLayoutInput, type WaterfallRow, type WaterfallLayout, type ReverseStageInput, type ReverseStepsInput } from './waterfall-geometry';
