import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type ExcelJS from 'exceljs';
import type { Cell } from './rows';

export type ExportFormat = 'csv' | 'xlsx';
export const FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

/** Writes an export's rows as they come; `fail` ends the file with a visible error row. */
export interface RowWriter {
  header(columns: readonly string[]): Promise<void>;
  row(cells: readonly Cell[]): Promise<void>;
  fail(message: string): Promise<void>;
  end(): Promise<void>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The first cell of the row that ends an export cut short. */
export const ERROR_MARKER = '#EXPORT FAILED';

const errorRow = (message: string) => `${ERROR_MARKER}: ${message}; the rows above are incomplete`;

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

const csvCell = (cell: Cell) => {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 CSV in UTF-8 with a byte order mark, so that spreadsheets read å, ä and ö right. */
function csvWriter(out: Writable): RowWriter {
  const line = (cells: readonly Cell[]) => write(out, `${cells.map(csvCell).join(',')}\r\n`);
  return {
    header: (columns) => write(out, `\uFEFF${columns.map(csvCell).join(',')}\r\n`),
    row: line,
    fail: (message) => line([errorRow(message)]),
    end: async () => {},
  };
}

const AMOUNT = /^-?\d+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A cell as Excel should hold it: amounts ("3701600.00") as numbers, dates as dates, the rest as they are. */
function excelValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (typeof cell !== 'string') return { value: cell };
  if (AMOUNT.test(cell)) return { value: Number(cell), numFmt: '#,##0.00' };
  if (DATE.test(cell)) return { value: new Date(`${cell}T00:00:00Z`), numFmt: 'yyyy-mm-dd' };
  if (DATE_TIME.test(cell)) return { value: new Date(cell), numFmt: 'yyyy-mm-dd hh:mm:ss' };
  return { value: cell };
}

/**
 * XLSX through exceljs's streaming WorkbookWriter: each row is committed to the stream and let go.
 * The workbook ends its own stream, so it writes through a pipe that leaves `out` open (for trailers).
 * exceljs (some 500 modules) is loaded with the first XLSX export, not with the gateway.
 */
function xlsxWriter(out: Writable): RowWriter {
  const { stream }: typeof ExcelJS = require('exceljs');
  const through = new PassThrough();
  through.pipe(out, { end: false });
  const workbook = new stream.xlsx.WorkbookWriter({ stream: through, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Export');
  const add = (cells: readonly Cell[]) => {
    const row = sheet.addRow([]);
    cells.forEach((cell, index) => {
      const { value, numFmt } = excelValue(cell);
      const target = row.getCell(index + 1);
      target.value = value;
      if (numFmt) target.numFmt = numFmt;
    });
    row.commit();
  };
  return {
    header: async (columns) => {
      sheet.addRow([...columns]).commit();
    },
    row: async (cells) => add(cells),
    fail: async (message) => add([errorRow(message)]),
    end: async () => {
      sheet.commit();
      await workbook.commit();
      await finished(through);
    },
  };
}

export const writerFor = (format: ExportFormat, out: Writable): RowWriter => (format === 'csv' ? csvWriter(out) : xlsxWriter(out));
