import { ROOT_NODE, periodCount, type ParsedKey } from '../document';
import { FIRST_ROW, ref, type Layout } from './layout';

type SegmentKey = Extract<ParsedKey, { scope: 'segment' }>;
type NodeStageKey = Extract<ParsedKey, { scope: 'nodeStage' }>;

/** `=IF(COUNT(a,b)=0,"",SUM(a,b))`: a roll-up stays blank until one of its parts has a number. */
const rollUp = (refs: string[]) => (refs.length === 0 ? '' : `=IF(COUNT(${refs.join(',')})=0,"",SUM(${refs.join(',')}))`);

/**
 * Default formulas of the Segments sheet (one row per node). The company row repeats the workbook's
 * own target, deal value and deals needed, so its split starts from the same numbers; a segment
 * takes its parent's target by share, else by capacity, else in equal parts, and inherits the deal value.
 */
export function segmentFormula(layout: Layout, parsed: SegmentKey): string {
  const node = layout.node(parsed.nodeId);
  const row = layout.segmentRow(parsed.nodeId);
  if (!node || row === undefined) return '';
  const n = layout.stageCount;
  const at = (col: string, r = row) => ref.segment(col, r);
  const stageAt = (col: string, index: number) => ref.nodeStageIn(col, layout.nodeStageRow(node.id, index));
  const parentRow = node.parentId === null ? undefined : layout.segmentRow(node.parentId);
  const siblings = node.parentId === null ? [] : layout.node(node.parentId)!.childIds;
  const children = node.childIds.map((id) => layout.segmentRow(id)!);
  const isRoot = node.id === ROOT_NODE;
  switch (parsed.column) {
    case 'target': {
      if (isRoot || parentRow === undefined) return '=Target';
      const parent = at('target', parentRow);
      const caps = siblings.map((id) => at('capacity', layout.segmentRow(id)!)).join(',');
      return `=IF(${parent}="","",IF(${at('share')}<>"",${parent}*${at('share')},IF(SUM(${caps})>0,${parent}*${at('capacity')}/SUM(${caps}),${parent}/${siblings.length})))`;
    }
    case 'avgDeal':
      return isRoot || parentRow === undefined ? '=AvgDeal' : `=${at('avgDeal', parentRow)}`;
    case 'dealsNeeded':
      if (isRoot) return '=DealsNeeded';
      return `=IF(OR(${at('target')}="",${at('avgDeal')}="",${at('avgDeal')}=0),"",IF(PerStage,ROUNDUP(${at('target')}/${at('avgDeal')},0),${at('target')}/${at('avgDeal')}))`;
    case 'requiredTop':
      return n === 0 ? '' : `=${stageAt('required', 0)}`;
    case 'actualTop':
      return n === 0 ? '' : `=IF(${stageAt('actual', 0)}="","",${stageAt('actual', 0)})`;
    case 'actualWon':
      return n === 0 ? '' : `=IF(${stageAt('actual', n - 1)}="","",${stageAt('actual', n - 1)})`;
    case 'wonRate':
      return `=IF(OR(${at('actualTop')}="",${at('actualWon')}="",${at('actualTop')}=0),"",${at('actualWon')}/${at('actualTop')})`;
    case 'forecastWon':
      return n === 0 ? '' : `=IF(${stageAt('forecast', n - 1)}="","",${stageAt('forecast', n - 1)})`;
    case 'forecastRevenue':
      return `=IF(OR(${at('forecastWon')}="",${at('avgDeal')}=""),"",${at('forecastWon')}*${at('avgDeal')})`;
    case 'forecastGap':
      return `=IF(OR(${at('forecastRevenue')}="",${at('target')}=""),"",${at('forecastRevenue')}-${at('target')})`;
    case 'childTargets':
      return children.length === 0 ? '' : `=SUM(${children.map((r) => at('target', r)).join(',')})`;
    case 'planGap':
      return children.length === 0 ? '' : `=IF(${at('target')}="","",${at('childTargets')}-${at('target')})`;
    case 'childRequiredTop':
      return children.length === 0 ? '' : `=SUM(${children.map((r) => at('requiredTop', r)).join(',')})`;
    case 'totalCycle':
      return n === 0 ? '' : `=SUM(${stageAt('cycleDays', 0)}:${ref.nodeStage('cycleDays', layout.nodeStageRow(node.id, n - 1))})`;
    default:
      return '';
  }
}

/**
 * Default formulas of the SegmentStages sheet (one row per node and stage). Volumes of a parent are
 * the sums of its children's; its rates are then recomputed from those sums, never averaged. Ideal
 * rates and cycle days come from the parent until the segment types its own.
 */
export function nodeStageFormula(layout: Layout, parsed: NodeStageKey): string {
  const node = layout.node(parsed.nodeId);
  const index = layout.stageIds.indexOf(parsed.stageId);
  if (!node || index === -1) return '';
  const n = layout.stageCount;
  const row = layout.nodeStageRow(node.id, index);
  const last = index === n - 1;
  const at = (col: string, r = row) => ref.nodeStage(col, r);
  const funnelRow = FIRST_ROW + index;
  const parentRow = node.parentId === null ? undefined : layout.nodeStageRow(node.parentId, index);
  const childRows = node.childIds.map((id) => layout.nodeStageRow(id, index));
  const periods = periodCount(layout.grain);
  const column = parsed.column;
  switch (column) {
    case 'segment':
      return `=${ref.segment('name', layout.segmentRow(node.id)!)}`;
    case 'stage':
      return `=${ref.stageIn('name', funnelRow)}`;
    case 'rate':
    case 'cycleDays':
      return parentRow === undefined ? `=${ref.stageIn(column, funnelRow)}` : `=${at(column, parentRow)}`;
    case 'required':
      if (last) return `=${ref.segment('dealsNeeded', layout.segmentRow(node.id)!)}`;
      return `=IF(PerStage,ROUNDUP(${at('required', row + 1)}/${at('rate')},0),${at('required', row + 1)}/${at('rate')})`;
    case 'actual':
      if (childRows.length > 0) return rollUp(childRows.map((r) => at('actual', r)));
      return periods > 0 ? `=IF(COUNT(${at('p0')}:${at(`p${periods - 1}`)})=0,"",SUM(${at('p0')}:${at(`p${periods - 1}`)}))` : '';
    case 'actualRate':
      return last ? '' : `=IF(OR(${at('actual')}="",${at('actual', row + 1)}="",${at('actual')}=0),"",${at('actual', row + 1)}/${at('actual')})`;
    case 'gap':
      return last ? '' : `=IF(${at('actualRate')}="","",${at('actualRate')}-${at('rate')})`;
    case 'forecast':
      if (index === 0) return `=IF(${at('actual')}="","",${at('actual')})`;
      return `=IF(OR(${at('forecast', row - 1)}="",${at('rate', row - 1)}=""),"",IF(PerStage,ROUND(${at('forecast', row - 1)}*${at('rate', row - 1)},0),${at('forecast', row - 1)}*${at('rate', row - 1)}))`;
    default: {
      const period = /^([pr])(\d+)$/.exec(column);
      if (!period) return '';
      const p = `p${period[2]}`;
      if (period[1] === 'p') return childRows.length > 0 ? rollUp(childRows.map((r) => at(p, r))) : '';
      return last ? '' : `=IF(OR(${at(p)}="",${at(p, row + 1)}="",${at(p)}=0),"",${at(p, row + 1)}/${at(p)})`;
    }
  }
}

/** The company's actual entries come from its split when it has one (until typed over). */
export function companyActualFormula(layout: Layout, stageIndex: number): string {
  if (layout.nodes.length === 0) return '';
  const row = layout.nodeStageRow(ROOT_NODE, stageIndex);
  return `=IF(${ref.nodeStageIn('actual', row)}="","",${ref.nodeStageIn('actual', row)})`;
}
