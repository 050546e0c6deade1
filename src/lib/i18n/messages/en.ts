// Every string a user reads, in English. zh-cn.ts must have the same keys (the compiler checks).
// Sections live in en/*.ts so that separate features can own their own messages.
import { enConcepts } from './en/concepts';
import { enInsights } from './en/insights';
import { enLabels } from './en/labels';
import { enScenarios } from './en/scenarios';
import { enWhatIf } from './en/what-if';
import { enProbability } from './en/probability';
import { enTemplates } from './en/templates';
import { enReport } from './en/report';
import { enChartsFunnel } from './en/charts';
import { enChartsAnalysis } from './en/charts-analysis';

export const en = {
  ...enConcepts,
  ...enInsights,
  ...enLabels,
  ...enScenarios,
  ...enWhatIf,
  ...enProbability,
  ...enTemplates,
  ...enReport,
  ...enChartsFunnel,
  ...enChartsAnalysis,
  'app.name': 'Funnelbook',
  'app.tagline': 'Plan your sales funnel backwards from the target, in a grid of live formulas.',
  'app.language': 'Language',
  'app.home': 'All workbooks',
  'app.loading': 'Loading…',
  'app.offlineReady': 'Works offline',

  'home.title': 'Workbooks',
  'home.empty': 'No workbooks yet. Create one to start planning.',
  'home.new': 'New workbook',
  'home.newName': 'Name of the new workbook',
  'home.defaultName': 'New funnel plan',
  'home.create': 'Create',
  'home.open': 'Open',
  'home.rename': 'Rename',
  'home.duplicate': 'Duplicate',
  'home.delete': 'Delete',
  'home.save': 'Save',
  'home.cancel': 'Cancel',
  'home.updated': 'Edited {when}',
  'home.confirmDelete': 'Delete “{name}”? This cannot be undone.',
  'home.copyOf': '{name} (copy)',
  'home.deleted': '“{name}” was deleted.',
  'home.storageError': 'The browser storage could not be opened: {message}',

  'workbook.notFound': 'This workbook does not exist (it may have been deleted).',
  'workbook.unreadable': 'This workbook could not be read: {problem}. Nothing was changed.',
  'workbook.name': 'Workbook name',
  'workbook.undo': 'Undo',
  'workbook.redo': 'Redo',
  'workbook.assumptions': 'Assumptions',
  'workbook.funnel': 'Funnel',
  'workbook.summary': 'Summary',
  'workbook.period': 'Period',
  'workbook.rounding': 'Rounding',
  'workbook.rounding.perStage': 'Round each stage up to whole numbers',
  'workbook.rounding.exact': 'Exact (carry fractions)',
  'workbook.roundingInForce': 'In force: {mode}',

  'assumption.target': 'Revenue target',
  'assumption.avgDeal': 'Average deal value',
  'assumption.perStage': 'Per-stage rounding',
  'assumption.dealsNeeded': 'Deals needed',
  'assumption.requiredTop': 'Required top of funnel',
  'assumption.idealTotalRate': 'Total success rate (ideal)',
  'assumption.actualTotalRate': 'Total success rate (actual)',
  'assumption.forecastWon': 'Won deals forecast',
  'assumption.forecastRevenue': 'Revenue forecast',

  'column.name': 'Stage',
  'column.rate': 'Ideal conversion to next',
  'column.required': 'Required entries',
  'column.actual': 'Actual entries',
  'column.actualRate': 'Actual conversion',
  'column.gap': 'Gap vs ideal',
  'column.forecast': 'Forecast from actual top',
  'column.notApplicable': 'The last stage converts to nothing',

  'stage.add': 'Add stage',
  'stage.insertBelow': 'Insert a stage below',
  'stage.remove': 'Remove stage',
  'stage.moveUp': 'Move up',
  'stage.moveDown': 'Move down',
  'stage.newName': 'New stage',
  'stage.actions': 'Stage actions for {name}',
  'stage.confirmRemove': 'Remove the stage “{name}” and the numbers typed in it?',

  'formulaBar.label': 'Cell content',
  'formulaBar.placeholder': 'Select a cell',
  'formulaBar.default': 'default formula',
  'formulaBar.typed': 'typed by you',
  'formulaBar.reset': 'Back to default formula',
  'formulaBar.hint': 'Type a number (50万, 1.2亿, 500k, 25%, 1,200) or a formula starting with =, then Enter. Esc cancels.',

  'save.saved': 'All changes saved',
  'save.pending': 'Unsaved changes…',
  'save.saving': 'Saving…',
  'save.error': 'Could not save: {message}. Your changes are kept in this tab; saving will be retried.',
  'save.conflict': 'Another tab changed this workbook while you were editing.',
  'save.keepMine': 'Keep my version',
  'save.takeTheirs': 'Use the other tab’s version',
  'save.remoteApplied': 'Updated with changes from another tab.',

  'input.notANumber': '“{text}” is not a number. Type a number such as 50万, 1.2亿, 500k, 25% or 1,200, or a formula starting with =.',
  'input.rateRange': 'A conversion rate must be between 0% and 100%; “{text}” is {value}.',
  'input.negative': 'This cell cannot be negative.',
  'input.badFormula': 'This formula cannot be read: check the brackets, commas and quotes.',
  'input.nameEmpty': 'A name cannot be empty.',
  'input.nameTooLong': 'A name can have at most {max} characters (this one has {length}).',
  'input.targetPositive': 'The average deal value must be greater than 0.',

  'error.DIV_BY_ZERO': 'Division by zero: this formula divides by 0 or by an empty cell. A conversion rate of 0% in the reverse chain makes every stage above it impossible.',
  'error.CYCLE': 'Circular reference: this formula depends on itself, directly or through other cells.',
  'error.NAME': 'Unknown name: the formula uses a function or named assumption that does not exist. Names you can use: {names}.',
  'error.REF': 'Broken reference: the formula points at a cell that no longer exists.',
  'error.VALUE': 'Wrong kind of value: the formula does arithmetic with text or an invalid value.',
  'error.NUM': 'Invalid number: the result is too large or not a real number.',
  'error.NA': 'Not available: a lookup found nothing.',
  'error.SPILL': 'The result needs more cells than are free.',
  'error.LIC': 'Engine licence error.',
  'error.ERROR': 'This cell has an error.',
  'warning.rateRange': 'This conversion rate is outside 0%–100%.',

  'units.deals': '{count} deals',
  'time.justNow': 'just now',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
