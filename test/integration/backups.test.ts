import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_POLICY } from '../../electron/backend/project-file/backups';
import { SAMPLE_FIELDS, startTestBackend, type TestBackend } from '../support/backend';

const backends: TestBackend[] = [];
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});

const afterAnswer = () => new Promise((resolve) => setImmediate(resolve));

describe('rolling backups', () => {
  it('takes one on open, keeps at most the configured number, and restores one with undo of the restore kept', async () => {
    const api = startTestBackend();
    backends.push(api);
    const opened = await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'ten-step' });
    await afterAnswer();
    const [onOpen] = await api.invoke('backups.list', {});
    expect(onOpen).toMatchObject({ reason: 'open' });
    expect(onOpen!.sizeBytes).toBeGreaterThan(10_000);

    await api.invoke('project.update', { patch: { name: 'After the backup' } });
    await afterAnswer();
    // An edit within the interval does not take another automatic backup.
    expect(await api.invoke('backups.list', {})).toHaveLength(1);

    for (let i = 0; i < BACKUP_POLICY.keep + 3; i++) await api.invoke('backups.create', {});
    const all = await api.invoke('backups.list', {});
    expect(all).toHaveLength(BACKUP_POLICY.keep);
    expect(all.every((b) => b.reason === 'manual')).toBe(true);

    const restored = await api.invoke('backups.restore', { id: all[all.length - 1]!.id });
    expect(restored.path).toBe(opened.path);
    expect(restored.project.name).toBe('After the backup');

    // The restore keeps what it replaced, and the backups never sit in the projects folder.
    expect((await api.invoke('backups.list', {}))[0]).toMatchObject({ reason: 'restore' });
    // (The open project's WAL sits beside it until it is closed.)
    expect(fs.readdirSync(api.projectsDir).filter((f) => !f.endsWith('-wal'))).toEqual([path.basename(opened.path)]);
  });

  it('restores the content of the chosen backup', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'blank' });
    const before = await api.invoke('backups.create', {});
    await api.invoke('project.update', { patch: { name: 'Changed later' } });
    const restored = await api.invoke('backups.restore', { id: before.id });
    expect(restored.project.name).toBe(SAMPLE_FIELDS.name);
  });

  it('keeps the configured number: a lower number prunes at once, a higher one keeps more, and it survives a restart', async () => {
    const api = startTestBackend();
    backends.push(api);
    expect(await api.invoke('backups.policy', {})).toEqual(BACKUP_POLICY);
    await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'blank' });
    await afterAnswer();
    for (let i = 0; i < 5; i++) await api.invoke('backups.create', {});
    expect(await api.invoke('backups.list', {})).toHaveLength(6);

    expect(await api.invoke('backups.setPolicy', { policy: { keep: 3, everyMinutes: 1 } })).toEqual({ keep: 3, everyMinutes: 1 });
    const kept = await api.invoke('backups.list', {});
    expect(kept).toHaveLength(3);
    expect(kept.every((b) => b.reason === 'manual')).toBe(true);
    for (let i = 0; i < 4; i++) await api.invoke('backups.create', {});
    expect(await api.invoke('backups.list', {})).toHaveLength(3);

    await api.invoke('backups.setPolicy', { policy: { keep: 7, everyMinutes: 1 } });
    for (let i = 0; i < 6; i++) await api.invoke('backups.create', {});
    expect(await api.invoke('backups.list', {})).toHaveLength(7);

    // The policy lives in the settings of the data folder, so the next start of the app keeps it.
    const settings = JSON.parse(fs.readFileSync(path.join(api.dataDir, 'settings.json'), 'utf8')) as { backups: unknown };
    expect(settings.backups).toEqual({ keep: 7, everyMinutes: 1 });
  });

  it('refuses a policy out of bounds with the field named, and reads a broken settings value as the default', async () => {
    const api = startTestBackend();
    backends.push(api);
    for (const [policy, field] of [[{ keep: 0, everyMinutes: 10 }, 'keep'], [{ keep: 101, everyMinutes: 10 }, 'keep'], [{ keep: 2.5, everyMinutes: 10 }, 'keep'], [{ keep: 5, everyMinutes: 0 }, 'everyMinutes'], [{ keep: 5, everyMinutes: 1441 }, 'everyMinutes']] as const) {
      const result = await api.raw('backups.setPolicy', { policy });
      expect(result, JSON.stringify(policy)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(['policy', field]);
    }
    expect(await api.invoke('backups.policy', {})).toEqual(BACKUP_POLICY);
    fs.mkdirSync(api.dataDir, { recursive: true });
    fs.writeFileSync(path.join(api.dataDir, 'settings.json'), JSON.stringify({ recentFiles: [], userName: 'Ana', backups: { keep: -4, everyMinutes: 'often' } }));
    expect(await api.invoke('backups.policy', {})).toEqual(BACKUP_POLICY);
  });

  it('refuses an id that is not a backup of this project', async () => {
    const api = startTestBackend();
    backends.push(api);
    await api.invoke('project.create', { fields: SAMPLE_FIELDS, template: 'blank' });
    expect(await api.raw('backups.restore', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await api.raw('backups.restore', { id: '20990101T000000000Z-manual.rollout' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
