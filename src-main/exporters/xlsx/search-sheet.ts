// Search: per saved search the goal, limits and counts, the Chinchilla check, then
// the top-k and the whole Pareto frontier as tables of numbers.
import type ExcelJS from 'exceljs';
import type { ReportModel } from '../../../shared/report/types';
import {
  chinchillaText,
  countsText,
  goalText,
  limitsText,
  type SearchReport,
} from '../../../shared/report/search-report';
import type { CandidateResult } from '../../../shared/search/candidate';
import { numberFormat } from './formats';
import { styleHeader } from './style';

export const CANDIDATE_HEADER = [
  'Table',
  'Rank',
  'Candidate id',
  'Parameters',
  'Layers',
  'Hidden',
  'Heads',
  'KV heads',
  'Sequence length',
  'Tokens',
  'Predicted loss',
  'GPU',
  'GPUs',
  'Tensor parallel',
  'Pipeline parallel',
  'Data parallel',
  'Precision',
  'ZeRO stage',
  'Recompute',
  'Micro-batch',
  'Region',
  'Cost',
  'Wall-clock (h)',
  'Energy (kWh)',
  'CO2e (kg)',
  'GPU-hours',
  'Closest limit',
  'Share of that limit',
];

const candidateRow = (table: string, rank: number, c: CandidateResult): (string | number)[] => {
  const a = c.architecture;
  return [
    table,
    rank,
    c.id,
    c.parameters,
    a.layers,
    a.hidden,
    a.heads,
    a.kvHeads ?? a.heads,
    c.seqLength,
    c.tokens,
    c.loss,
    c.gpu,
    c.gpuCount,
    c.tensorParallel,
    c.pipelineParallel,
    c.dataParallel,
    c.precision,
    c.zeroStage,
    c.recompute,
    c.microBatch,
    c.region,
    c.cost,
    c.wallClockHours,
    c.energyKWh,
    c.co2eKg,
    c.gpuHours,
    c.binding?.limit ?? '',
    c.binding?.share ?? '',
  ];
};

const formats: [number, string][] = [
  [4, '0.000E+00'],
  [10, '0.000E+00'],
  [11, '0.0000'],
  [23, '#,##0.0'],
  [24, '#,##0'],
  [25, '#,##0.0'],
  [26, '#,##0'],
  [28, '0.0%'],
];

const text = (sheet: ExcelJS.Worksheet, r: number, label: string, value: string | number): number => {
  sheet.getCell(r, 1).value = label;
  sheet.getCell(r, 1).font = { bold: true };
  sheet.getCell(r, 2).value = value;
  return r + 1;
};

const writeOne = (sheet: ExcelJS.Worksheet, s: SearchReport, top: number): number => {
  sheet.getCell(top, 1).value = `Search: ${s.name}`;
  sheet.getCell(top, 1).font = { bold: true, size: 14, color: { argb: 'FF1F4E79' } };
  let r = top + 1;
  if (!s.spec || !s.result) return text(sheet, r, 'Could not run', s.error ?? 'unknown reason') + 2;
  const res = s.result;
  r = text(sheet, r, 'Goal', goalText(s.spec.goal, s.spec, s.currency));
  r = text(sheet, r, 'Limits', limitsText(s.spec.limits, s.currency).join('; '));
  r = text(sheet, r, 'Candidates in the space', res.spaceSize);
  r = text(sheet, r, 'Evaluated', res.evaluated);
  if (s.capped)
    r = text(
      sheet,
      r,
      'Export cap',
      `at most ${s.maxCandidates} plans per search in an export (a seeded sample, seed ${s.spec.seed}); the search view can run the whole space`,
    );
  r = text(sheet, r, 'Feasible', res.feasible);
  for (const [why, n] of Object.entries(res.rejected)) r = text(sheet, r, `Rejected: ${why}`, n);
  r = text(sheet, r, 'Summary', countsText(res));
  const chinchilla = chinchillaText(res);
  if (chinchilla) r = text(sheet, r, 'Chinchilla check', chinchilla);
  for (const note of res.notes) r = text(sheet, r, 'Note', note);
  r = text(sheet, r, 'Costs in', s.currency);
  const header = sheet.getRow(++r);
  header.values = CANDIDATE_HEADER;
  styleHeader(header);
  const rows = [
    ...res.top.map((c, i) => candidateRow(`Top ${res.top.length} by ${res.rankBy}`, i + 1, c)),
    ...res.frontier.map((c, i) => candidateRow(`Pareto frontier (${res.frontierObjectives.join(', ')})`, i + 1, c)),
  ];
  for (const values of rows) {
    const row = sheet.getRow(++r);
    row.values = values;
    for (const [col, fmt] of formats) row.getCell(col).numFmt = fmt;
    row.getCell(22).numFmt = numberFormat('money', s.currency);
  }
  return r + 3;
};

export const writeSearchSheet = (sheet: ExcelJS.Worksheet, model: ReportModel): void => {
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 12;
  let r = 1;
  for (const s of model.searches) r = writeOne(sheet, s, r);
};
