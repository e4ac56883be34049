import "server-only";
import { buildWorkbook, type Cell } from "./sheet";

export interface ProblemLedgerLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  /** 序号, 问题, 责任单位, 整改措施, 完成时限, 进展, 状态 */
  headers: [string, string, string, string, string, string, string];
  creator: string;
}

export interface ProblemLedgerRow {
  /** The unit concerned and the problem */
  problem: string;
  responsible: string;
  measures: string;
  deadline: string;
  progress: string;
  state: string;
}

const WIDTHS = [6, 40, 22, 36, 12, 36, 10];

/** The 整改台账 as bureaus keep it: one row per problem, numbered, in the ledger's order. */
export function buildProblemLedgerWorkbook(
  labels: ProblemLedgerLabels,
  rows: ProblemLedgerRow[],
  created: Date,
) {
  return buildWorkbook({
    sheetName: labels.sheetName,
    title: labels.title,
    subtitles: [labels.subtitle],
    columns: labels.headers.map((header, index) => ({ header, width: WIDTHS[index]! })),
    rows: rows.map((row, index): Cell[] => [
      index + 1,
      row.problem,
      row.responsible,
      row.measures,
      row.deadline,
      row.progress,
      row.state,
    ]),
    creator: labels.creator,
    created,
  });
}
