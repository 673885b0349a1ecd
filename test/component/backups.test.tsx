import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBytes } from '../../renderer/components/format';
import { backupTime } from '../../renderer/features/project-details/BackupsPanel';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
beforeEach(() => {
  env = createTestBackend();
});
afterEach(() => env.dispose());

describe('Restore from backup', () => {
  it('lists the backups with date, reason and size, restores one after confirming, and keeps the number chosen', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    const first = await env.client.invoke('backups.create', {});
    await env.client.invoke('project.update', { patch: { name: 'Renamed after the backup' } });
    await env.client.invoke('backups.create', {});
    const user = userEvent.setup();
    renderApp(env.client);
    const nav = await screen.findByRole('navigation', { name: 'Project' });
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));

    const table = await screen.findByRole('table', { name: 'Backups of this project, newest first' });
    const listed = await env.client.invoke('backups.list', {});
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(listed.length);
    for (const [i, backup] of listed.entries()) {
      expect(within(rows[i]!).getByRole('rowheader').textContent).toBe(backupTime(backup.takenAt));
      expect(rows[i]!.textContent).toContain(formatBytes(backup.sizeBytes));
    }
    expect(screen.getByText(/keeps the last 10 copies of this project/)).toBeInTheDocument();

    const firstRow = rows[listed.findIndex((b) => b.id === first.id)]!;
    await user.click(within(firstRow).getByRole('button', { name: `Restore the backup of ${backupTime(first.takenAt)}, backed up by hand` }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    // The restored project opens at its overview, under its name of then.
    await waitFor(async () => expect((await env.client.invoke('project.current', {}))?.project.name).toBe(PILOT_FIELDS.name));
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    expect(await screen.findByLabelText('Project name')).toHaveValue(PILOT_FIELDS.name);

    // Fewer copies: the list shrinks to the number chosen at once.
    const keep = screen.getByLabelText('Backups kept per project');
    await user.clear(keep);
    await user.type(keep, '0');
    await user.click(screen.getByRole('button', { name: 'Save backup settings' }));
    expect(await screen.findByText('Keep at least 1 backup')).toBeInTheDocument();
    await user.clear(keep);
    await user.type(keep, '2');
    await user.click(screen.getByRole('button', { name: 'Save backup settings' }));
    expect(await screen.findByText(/keeps the last 2 copies of this project/)).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Backups of this project, newest first' })).getAllByRole('row')).toHaveLength(3));
    expect(await env.client.invoke('backups.policy', {})).toEqual({ keep: 2, everyMinutes: 10 });
  });
});
