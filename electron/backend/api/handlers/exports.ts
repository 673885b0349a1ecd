import { exportData, zipFiles, exportBaseName } from '../../exports/data-exports';
import type { HandlerMap } from '../handler-types';

export const exportsHandlers: HandlerMap<'exports.data'> = {
  'exports.data': async ({ format }, ctx) => {
    const db = ctx.session().db;
    const files = await exportData(db, format);
    const file = format === 'csv' ? zipFiles(files, `${exportBaseName(db)} - tables (CSV).zip`) : files[0];
    if (!file) throw new Error(`The ${format} export produced no file`);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
  },
};
