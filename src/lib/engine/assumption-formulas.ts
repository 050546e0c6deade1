import type { AssumptionId } from '../document';
import { FIRST_ROW, ref, type Layout } from './layout';

/** Default formulas of the Assumptions sheet; they refer to each other by defined name. */
export function assumptionFormula(layout: Layout, id: AssumptionId): string {
  const n = layout.stageCount;
  const top = FIRST_ROW;
  const bottom = FIRST_ROW + n - 1;
  const cell = (col: string, r: number) => ref.stageIn(col, r);
  const column = (col: string, last = bottom) => ref.stageRange(col, top, last, true);
  const opps = layout.opportunityCount;
  const opp = (col: string) => ref.opportunityRange(col, opps, true);
  const needStages = (formula: string) => (n === 0 ? '' : formula);
  const needOpps = (formula: string, otherwise = '') => (opps === 0 ? otherwise : formula);
  switch (id) {
    case 'perStage':
      return '1';
    case 'useMix':
      return '0';
    case 'mixShareTotal':
      return `=SUM(${ref.mixRange('share', true)})`;
    case 'blendedAvgDeal':
      // Averaged over the buckets that have a value: a share typed without a value does not drag it down.
      return `=IF(SUMIF(${ref.mixRange('value', true)},"<>",${ref.mixRange('share', true)})=0,"",SUMPRODUCT(${ref.mixRange('share', true)},${ref.mixRange('value', true)})/SUMIF(${ref.mixRange('value', true)},"<>",${ref.mixRange('share', true)}))`;
    case 'dealsNeeded':
      return '=ROUNDUP(Target/IF(UseMix,BlendedAvgDeal,AvgDeal),0)';
    case 'requiredTop':
      return needStages(`=${cell('required', top)}`);
    case 'idealTotalRate':
      if (n <= 1) return needStages('=1');
      return `=PRODUCT(${column('rate', bottom - 1)})`;
    case 'actualTotalRate':
      return needStages(`=IF(OR(${cell('actual', top)}="",${cell('actual', bottom)}="",${cell('actual', top)}=0),"",${cell('actual', bottom)}/${cell('actual', top)})`);
    case 'actualWon':
      return needStages(`=IF(${cell('actual', bottom)}="","",${cell('actual', bottom)})`);
    case 'forecastWon':
      return needStages(`=${cell('forecast', bottom)}`);
    case 'forecastRevenue':
      return '=IF(ForecastWon="","",ForecastWon*IF(UseMix,BlendedAvgDeal,AvgDeal))';
    case 'forecastGap':
      // Positive when the forecast beats the target.
      return '=IF(ForecastRevenue="","",ForecastRevenue-Target)';
    case 'prevTotalRate':
      return needStages(`=IF(OR(${cell('prevActual', top)}="",${cell('prevActual', bottom)}="",${cell('prevActual', top)}=0),"",${cell('prevActual', bottom)}/${cell('prevActual', top)})`);
    case 'forecastWonPrev':
      return needStages(`=${cell('forecastPrev', bottom)}`);
    case 'forecastRevenuePrev':
      return '=IF(ForecastWonPrev="","",ForecastWonPrev*IF(UseMix,BlendedAvgDeal,AvgDeal))';
    case 'planTotalRate':
      if (n <= 1) return needStages('=1');
      return `=IF(COUNT(${column('planRate', bottom - 1)})<${n - 1},"",PRODUCT(${column('planRate', bottom - 1)}))`;
    case 'planWon':
      // The won deals last year's top supports at this year's planned rates.
      return needStages(`=IF(OR(${cell('prevActual', top)}="",PlanTotalRate=""),"",${cell('prevActual', top)}*PlanTotalRate)`);
    case 'planRevenue':
      return '=IF(PlanWon="","",PlanWon*IF(UseMix,BlendedAvgDeal,AvgDeal))';
    case 'totalCycle':
      return needStages(`=SUM(${column('cycleDays')})`);
    case 'closeBy':
      return '=IF(PeriodEnd="","",PeriodEnd)';
    case 'monthsInPeriod':
      return '=IF(OR(PeriodStart="",PeriodEnd=""),"",(YEAR(PeriodEnd)-YEAR(PeriodStart))*12+MONTH(PeriodEnd)-MONTH(PeriodStart)+1)';
    case 'daysInPeriod':
      return '=IF(OR(PeriodStart="",PeriodEnd=""),"",PeriodEnd-PeriodStart+1)';
    case 'daysGone':
      return '=IF(DaysInPeriod="","",MAX(0,MIN(DaysInPeriod,TODAY()-PeriodStart+1)))';
    case 'daysLeft':
      return '=IF(OR(DaysInPeriod="",DaysGone=""),"",DaysInPeriod-DaysGone)';
    case 'elapsedShare':
      return '=IF(OR(DaysInPeriod="",DaysGone="",DaysInPeriod<=0),"",DaysGone/DaysInPeriod)';
    case 'openPipeline':
      return needStages(`=SUM(${column('pipeline')})`);
    case 'weightedForecast':
      return needStages(`=SUM(${column('weighted')})`);
    case 'pipelineGap':
      return '=Target-WeightedForecast';
    case 'repCapacity':
      return '=IF(OR(Reps="",OppsPerRep=""),"",Reps*OppsPerRep)';
    case 'repsNeeded':
      return '=IF(OR(OppsPerRep="",OppsPerRep=0,RequiredTop=""),"",ROUNDUP(RequiredTop/OppsPerRep,0))';
    case 'leadsAffordable':
      return '=IF(OR(Budget="",CostPerLead="",CostPerLead=0),"",Budget/CostPerLead)';
    case 'budgetNeeded':
      return '=IF(OR(CostPerLead="",RequiredTop=""),"",RequiredTop*CostPerLead)';
    case 'repsFeasible':
      return '=IF(RepCapacity="","",RepCapacity>=RequiredTop)';
    case 'budgetFeasible':
      return '=IF(OR(Budget="",BudgetNeeded=""),"",Budget>=BudgetNeeded)';
    case 'minOppsPerRep':
      return '15';
    case 'openOpps':
      return needOpps(`=COUNT(${opp('amount')})`);
    case 'oppsPerRepNow':
      return '=IF(OR(Reps="",Reps=0,OpenOpps=""),"",OpenOpps/Reps)';
    case 'thinPipeline':
      return '=IF(OppsPerRepNow="",FALSE(),OppsPerRepNow<MinOppsPerRep)';
    case 'lumpShare':
      return needOpps(`=IF(OR(COUNT(${opp('closeMonth')})=0,SUMIF(${opp('closeMonth')},">0",${opp('amount')})=0),"",MAX(${opp('sameMonth')})/SUMIF(${opp('closeMonth')},">0",${opp('amount')}))`);
    case 'lumpMonth':
      return needOpps(`=IF(LumpShare="","",INDEX(${opp('closeMonth')},MATCH(MAX(${opp('sameMonth')}),${opp('sameMonth')},0)))`);
    case 'lumpyClosings':
      return needOpps(`=IF(LumpShare="",FALSE(),AND(COUNT(${opp('closeMonth')})>=3,LumpShare>0.5))`, '=FALSE()');
    case 'largeDeal':
      return '=IF(OR(AvgDeal="",AvgDeal<=0),"",2*AvgDeal)';
    case 'smallShare':
      return needOpps(`=IF(OR(COUNT(${opp('amount')})=0,LargeDeal=""),"",COUNTIF(${opp('amount')},"<"&LargeDeal)/COUNT(${opp('amount')}))`);
    case 'onlyLarge':
      return needOpps(`=IF(SmallShare="",FALSE(),AND(COUNT(${opp('amount')})>=3,SmallShare<0.2))`, '=FALSE()');
    case 'minRealRatio':
      return '0.1';
    case 'realRatio':
      return '=IF(OR(Activities="",Activities=0,OpenOpps=""),"",OpenOpps/Activities)';
    case 'simTop':
      // The top-of-funnel volume the simulation sends in: the actual top when typed, else the plan's.
      return needStages(`=IF(${cell('actual', top)}="",RequiredTop,${cell('actual', top)})`);
    case 'confidence':
      return '0.8';
    case 'busyFewReal':
      return '=IF(RealRatio="",FALSE(),RealRatio<MinRealRatio)';
    default:
      return '';
  }
}
