import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../../shared/errors';
import { importProjectDocument, parseDocumentText } from '../../interchange/import-document';
import { INTERCHANGE_LIMITS } from '../../interchange/document-schema';
import { documentFromXml } from '../../interchange/xml-source';
import { parse, requireOption } from '../args';
import { actorName, type CliIO } from '../io';
import { writing } from '../output';
import { EXIT, UsageError } from '../usage';

/** rollout import IN.json|IN.xml|IN.mspdi --out FILE.rollout */
export function runImport(argv: string[], io: CliIO): number {
  const { values, positionals } = parse('import', argv, { out: { type: 'string' } }, ['IN.json|IN.xml|IN.mspdi']);
  const source = path.resolve(positionals[0] as string);
  const out = path.resolve(requireOption('import', values.out, '--out'));
  const ext = path.extname(source).toLowerCase();
  // .mspdi is the name `export --format mspdi` suggests for the same MS Project XML.
  if (ext !== '.json' && ext !== '.xml' && ext !== '.mspdi') throw new UsageError('import: the input must be a .json project document or an MS Project XML file (.xml or .mspdi)');
  let size: number;
  try {
    size = fs.statSync(source).size;
  } catch {
    throw new ApiError('FILE_NOT_FOUND', `The file ${source} does not exist.`);
  }
  if (size > INTERCHANGE_LIMITS.maxBytes) throw new ApiError('VALIDATION', `The file is larger than ${INTERCHANGE_LIMITS.maxBytes / 1024 / 1024} MB.`, [{ path: [], message: 'File too large' }]);
  const text = fs.readFileSync(source, 'utf8');
  const doc = ext === '.json' ? parseDocumentText(text) : documentFromXml(text);
  const { counts } = writing(out, () => importProjectDocument(doc, out, { actor: actorName(), sourceName: path.basename(source) }));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  io.out(`Created ${out} (${total} records; ${counts.task ?? 0} tasks, ${counts.dependency ?? 0} dependencies).`);
  return EXIT.ok;
}
