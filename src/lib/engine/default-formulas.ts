import { LEAD_MONTHS, type ParsedKey } from '../document';
import { defaultStageProbability } from '../domain';
import { assumptionFormula } from './assumption-formulas';
import { FIRST_ROW, ref, type Layout } from './layout';
import { companyActualFormula, nodeStageFormula, segmentFormula } from './segment-formulas';

/**
 * The formula (or constant) each cell holds by default. These are the formulas a user reads in the
 * formula bar and finds in the exported file, so they stay in plain spreadsheet terms.
 * In HyperFormula, as in Excel, an empty cell equals "", so `X=""` tests "blank or no result".
 */
export function defaultFormula(layout: Layout, parsed: ParsedKey): string {
  switch (parsed.scope) {
    case 'assumption':
      return assumptionFormula(layout, parsed.id);
    case 'stage': {
      const row = layout.stageRow(parsed.stageId);
      return row === undefined ? '' : stageFormula(layout, parsed.column, row);
    }
    case 'mix':
      return mixFormula(parsed.column, FIRST_ROW + parsed.slot);
    case 'month':
      return monthFormula(parsed.column, parsed.slot);
    case 'opportunity': {
      const row = layout.opportunityIds.indexOf(parsed.opportunityId);
      return row === -1 ? '' : opportunityFormula(layout, parsed.column, FIRST_ROW + row);
    }
    case 'segment':
      return segmentFormula(layout, parsed);
    case 'nodeStage':
      return nodeStageFormula(layout, parsed);
  }
}

function stageFormula(layout: Layout, column: string, row: number): string {
  const n = layout.stageCount;
  const bottom = FIRST_ROW + n - 1;
  const last = row === bottom;
  const first = row === FIRST_ROW;
  const at = (col: string, r = row) => ref.stage(col, r);
  const forward = (own: string, rate: string) =>
    first
      ? `=IF(${at('actual')}="","",${at('actual')})`
      : `=IF(OR(${at(own, row - 1)}="",${at(rate, row - 1)}=""),"",IF(PerStage,ROUND(${at(own, row - 1)}*${at(rate, row - 1)},0),${at(own, row - 1)}*${at(rate, row - 1)}))`;
  switch (column) {
    case 'actual':
      return companyActualFormula(layout, row - FIRST_ROW);
    case 'required':
      // Reverse from the bottom: this stage must feed the next one at this stage's rate.
      if (last) return '=DealsNeeded';
      return `=IF(PerStage,ROUNDUP(${at('required', row + 1)}/${at('rate')},0),${at('required', row + 1)}/${at('rate')})`;
    case 'exits':
      // Forward exits of a stage are the next stage's entries.
      return last ? '' : `=IF(${at('actual', row + 1)}="","",${at('actual', row + 1)})`;
    case 'actualRate':
      return last ? '' : `=IF(OR(${at('actual')}="",${at('exits')}="",${at('actual')}=0),"",${at('exits')}/${at('actual')})`;
    case 'gap':
      return last ? '' : `=IF(${at('actualRate')}="","",${at('actualRate')}-${at('rate')})`;
    case 'forecast':
      // Forward from the actual top of the funnel at the ideal rates.
      return forward('forecast', 'rate');
    case 'gain':
      // Deals gained if only this stage converted at its ideal rate (domain formula 3).
      return last ? '' : `=IF(OR(${at('actualRate')}="",${at('actualRate')}=0,ActualWon=""),"",ActualWon*(${at('rate')}/${at('actualRate')}-1))`;
    case 'prevRate':
      return last ? '' : `=IF(OR(${at('prevActual')}="",${at('prevActual', row + 1)}="",${at('prevActual')}=0),"",${at('prevActual', row + 1)}/${at('prevActual')})`;
    case 'forecastPrev':
      // The second forecast basis: the same actual top at last period's actual rates.
      return forward('forecastPrev', 'prevRate');
    case 'planRate':
      return last ? '' : `=IF(${at('prevRate')}="","",MIN(1,${at('prevRate')}+${at('improvement')}))`;
    case 'enterBy':
      // To close by CloseBy, volume must enter this stage this many days earlier (domain formula 7).
      // CloseBy minus the cycle days of this stage and every later one, chained from the bottom:
      // a SUM over the rows below per stage would cost the engine n² range dependencies.
      return last
        ? `=IF(CloseBy="","",CloseBy-N(${at('cycleDays')}))`
        : `=IF(${at('enterBy', row + 1)}="","",${at('enterBy', row + 1)}-N(${at('cycleDays')}))`;
    case 'probability':
      return String(defaultStageProbability(row - FIRST_ROW, n));
    case 'pipeline':
      return layout.opportunityCount === 0
        ? ''
        : `=SUMIF(${ref.opportunityRange('stage', layout.opportunityCount, true)},${at('name')},${ref.opportunityRange('amount', layout.opportunityCount, true)})`;
    case 'weighted':
      return `=IF(${at('pipeline')}="","",${at('pipeline')}*${at('probability')})`;
    case 'proRated':
      return `=IF(ElapsedShare="","",${at('required')}*ElapsedShare)`;
    case 'remaining':
      return `=IF(${at('actual')}="","",MAX(0,${at('required')}-${at('actual')}))`;
    case 'perDay':
      return `=IF(OR(${at('remaining')}="",DaysLeft="",DaysLeft<=0),"",${at('remaining')}/DaysLeft)`;
    default:
      return '';
  }
}

function mixFormula(column: string, row: number): string {
  const share = ref.mix('share', row);
  return column === 'deals' ? `=IF(OR(${share}="",MixShareTotal=0),"",DealsNeeded*${share}/MixShareTotal)` : '';
}

function monthFormula(column: string, slot: number): string {
  const row = FIRST_ROW + slot;
  const at = (col: string) => ref.month(col, row);
  switch (column) {
    case 'month':
      return `=IF(PeriodStart="","",EOMONTH(PeriodStart,${slot - LEAD_MONTHS - 1})+1)`;
    case 'closings':
      // Deals to close are spread evenly over the months of the period; the user may type their own.
      return `=IF(OR(${at('month')}="",MonthsInPeriod=""),"",IF(AND(${at('month')}>=EOMONTH(PeriodStart,-1)+1,${at('month')}<=PeriodEnd),DealsNeeded/MonthsInPeriod,0))`;
    case 'topForClosings':
      return `=IF(${at('closings')}="","",IF(DealsNeeded=0,0,${at('closings')}*RequiredTop/DealsNeeded))`;
    case 'enterBy':
      return `=IF(${at('month')}="","",EOMONTH(${at('month')},0)-TotalCycle)`;
    case 'enterMonth':
      return `=IF(${at('enterBy')}="","",EOMONTH(${at('enterBy')},-1)+1)`;
    case 'entering':
      // The top-of-funnel volume that must enter in this month: closings moved earlier by the cycle.
      return `=IF(${at('month')}="","",SUMIF(${ref.monthRange('enterMonth')},${at('month')},${ref.monthRange('topForClosings')}))`;
    default:
      return '';
  }
}

function opportunityFormula(layout: Layout, column: string, row: number): string {
  const at = (col: string) => ref.opportunity(col, row);
  const count = layout.opportunityCount;
  const n = layout.stageCount;
  switch (column) {
    case 'probability':
      // The stage's probability, looked up by the stage name typed in the row.
      return n === 0
        ? ''
        : `=IFERROR(INDEX(${ref.stageRange('probability', FIRST_ROW, FIRST_ROW + n - 1, true)},MATCH(${at('stage')},${ref.stageRange('name', FIRST_ROW, FIRST_ROW + n - 1, true)},0)),"")`;
    case 'weighted':
      return `=IF(OR(${at('amount')}="",${at('probability')}=""),"",${at('amount')}*${at('probability')})`;
    case 'closeMonth':
      return `=IF(${at('close')}="","",EOMONTH(${at('close')},-1)+1)`;
    case 'sameMonth':
      return `=IF(${at('closeMonth')}="","",SUMIF(${ref.opportunityRange('closeMonth', count)},${at('closeMonth')},${ref.opportunityRange('amount', count)}))`;
    default:
      return '';
  }
}
