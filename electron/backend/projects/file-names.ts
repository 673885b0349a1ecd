import fs from 'node:fs';
import path from 'node:path';
import { FILE_EXTENSION } from '../project-file/format';

/** A file name any of the three desktop systems accepts, derived from what the user typed. */
export function fileNameFor(projectName: string): string {
  const cleaned = projectName
    // Control characters are invalid in Windows file names and invisible everywhere else.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'Untitled project'}${FILE_EXTENSION}`;
}

/** "Name.rollout", or "Name (2).rollout" and so on when the folder already has one. */
export function uniquePath(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, -ext.length);
  let candidate = path.join(folder, fileName);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(folder, `${stem} (${n})${ext}`);
  return candidate;
}
