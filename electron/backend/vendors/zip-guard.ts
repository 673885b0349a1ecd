// A zip bomb check for workbooks, run before exceljs unpacks anything. An XLSX is a zip archive; a small file can
// unpack to gigabytes (deflate reaches ratios of about 1000:1) or hold millions of entries, and exceljs would
// unpack it all in memory. The central directory gives each entry's declared size; a crafted file can lie there,
// so the entries are also inflated in small slices with a running count that stops at the limit.
import { Inflate } from 'fflate';
import { ApiError } from '../../../shared/errors';

export interface ZipLimits {
  maxEntries: number;
  /** The most bytes all entries may unpack to together. */
  maxTotalBytes: number;
}

/** A scoring sheet of 200 criteria and 20 vendors unpacks to well under 2 MB; 50 MB leaves room for anything real. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 1_000, maxTotalBytes: 50 * 1024 * 1024 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE = 64 * 1024;

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;

function refuse(message: string, detail: string): never {
  throw new ApiError('VALIDATION', message, [{ path: ['file'], message: detail }]);
}

const damaged = (): never => refuse('This file could not be read as an Excel workbook; it may be damaged.', 'Damaged or not an .xlsx file');

function tooBig(limits: ZipLimits): never {
  return refuse(
    `This workbook unpacks to more than ${mb(limits.maxTotalBytes)}, far more than any scoring sheet; it was not opened. It may be damaged or built to exhaust memory (a "zip bomb").`,
    `Unpacks to more than ${mb(limits.maxTotalBytes)}`,
  );
}

interface Entry {
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

function centralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) damaged();
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  // ZIP64 (markers 0xFFFF / 0xFFFFFFFF) exists for archives of more than 65,535 entries or 4 GB: never a scoring sheet.
  if (count === 0xffff || offset === 0xffffffff) tooBig(limits);
  if (count > limits.maxEntries) {
    refuse(`This workbook holds ${count.toLocaleString('en')} parts, far more than any scoring sheet (at most ${limits.maxEntries.toLocaleString('en')}); it was not opened.`, 'Too many parts');
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) damaged();
    entries.push({
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates one entry in slices, counting what comes out; stops as soon as the budget is spent. */
function inflatedSize(data: Uint8Array, budget: number, limits: ZipLimits): number {
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > budget) tooBig(limits);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    damaged();
  }
  return produced;
}

/** Refuses (VALIDATION) a zip with too many entries or that unpacks, declared or actually, beyond the limits. */
export function checkZipLimits(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): { entries: number; totalBytes: number } {
  if (bytes.length < 22) damaged();
  const entries = centralDirectory(bytes, limits);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxTotalBytes) tooBig(limits);

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) damaged();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) damaged();
    const data = bytes.subarray(start, end);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) total += inflatedSize(data, limits.maxTotalBytes - total, limits);
    else damaged();
    if (total > limits.maxTotalBytes) tooBig(limits);
  }
  return { entries: entries.length, totalBytes: total };
}
