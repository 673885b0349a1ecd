import path from 'node:path';
import { addMonths, format, nextMonday } from 'date-fns';
import { ProjectFields, TemplateId } from '../../../../shared/schemas/project';
import { isIsoDate } from '../../../../shared/schemas/common';
import { createNewProject } from '../../projects/new-project';
import { oneOf, parse } from '../args';
import { actorName, type CliIO } from '../io';
import { writing } from '../output';
import { EXIT, UsageError } from '../usage';

/** rollout new FILE.rollout [--template ten-step|blank] [--name NAME] [--start YYYY-MM-DD] [--go-live ...] [--currency ...] */
export function runNew(argv: string[], io: CliIO): number {
  const { values, positionals } = parse('new', argv, {
    template: { type: 'string' },
    name: { type: 'string' },
    start: { type: 'string' },
    'go-live': { type: 'string' },
    currency: { type: 'string' },
    organisation: { type: 'string' },
  }, ['FILE.rollout']);
  const filePath = path.resolve(positionals[0] as string);
  const template = oneOf('new', values.template, TemplateId.options, '--template') ?? 'ten-step';
  const start = values.start ?? format(nextMonday(new Date()), 'yyyy-MM-dd');
  const fields = ProjectFields.safeParse({
    name: values.name ?? path.basename(filePath, path.extname(filePath)),
    organisation: values.organisation ?? '',
    description: '',
    plannedStart: start,
    targetGoLive: values['go-live'] ?? (isIsoDate(start) ? format(addMonths(new Date(`${start}T00:00:00`), 6), 'yyyy-MM-dd') : start),
    currency: values.currency ?? 'EUR',
  });
  if (!fields.success) {
    const flag: Record<string, string> = { plannedStart: '--start', targetGoLive: '--go-live', name: '--name', currency: '--currency', organisation: '--organisation' };
    throw new UsageError(fields.error.issues.map((i) => `new: ${flag[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  writing(filePath, () => createNewProject(filePath, { fields: fields.data, template, actor: actorName() }));
  io.out(`Created ${filePath}`);
  return EXIT.ok;
}
