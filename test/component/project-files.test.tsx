import fs from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend | undefined;
afterEach(() => env?.dispose());

describe('project files', () => {
  it('desktop: asks where to save a new project and creates it there', async () => {
    const asked: string[] = [];
    env = createTestBackend('desktop', {
      chooseSavePath: async (suggestedName) => {
        asked.push(suggestedName);
        return path.join(env!.host.projectsDir, 'chosen.rollout');
      },
    });
    const user = userEvent.setup();
    renderApp(env.client);
    await user.click(await screen.findByRole('button', { name: 'New project…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    await user.type(within(dialog).getByLabelText('Project name'), 'HR: assistant');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    await screen.findByRole('navigation', { name: 'Project' });
    expect(asked).toEqual(['HR- assistant.rollout']);
    expect(fs.existsSync(path.join(env.host.projectsDir, 'chosen.rollout'))).toBe(true);
  });

  it('desktop: a cancelled save dialog creates nothing and leaves the form as it was', async () => {
    env = createTestBackend('desktop', { chooseSavePath: async () => null });
    const user = userEvent.setup();
    renderApp(env.client);
    await user.click(await screen.findByRole('button', { name: 'New project…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    await user.type(within(dialog).getByLabelText('Project name'), 'Pilot');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Create project' })).toBeEnabled());
    expect(within(dialog).getByLabelText('Project name')).toHaveValue('Pilot');
    expect(fs.readdirSync(env.host.projectsDir)).toEqual([]);
  });

  it('desktop: Open… uses the system dialog and opens the chosen file', async () => {
    env = createTestBackend('desktop');
    const created = await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'blank', path: 'existing.rollout' });
    await env.client.invoke('project.close', {});
    env.host.chooseOpenPath = async () => created.path;
    const user = userEvent.setup();
    renderApp(env.client);
    await user.click(await screen.findByRole('button', { name: 'Open…' }));
    expect(await screen.findByRole('heading', { level: 1, name: PILOT_FIELDS.name })).toBeInTheDocument();
  });

  it('web: Save a copy as… writes the copy, opens it and shows its location', async () => {
    env = createTestBackend();
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'blank' });
    const user = userEvent.setup();
    renderApp(env.client);
    const nav = await screen.findByRole('navigation', { name: 'Project' });
    await user.click(within(nav).getByRole('link', { name: 'Project details' }));
    await user.click(screen.getByRole('button', { name: 'Save a copy as…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Save a copy as' });
    const fileName = within(dialog).getByLabelText('File name');
    expect(fileName).toHaveValue('Copilot for Finance copy.rollout');
    await user.clear(fileName);
    await user.type(fileName, 'baseline.rollout');
    await user.click(within(dialog).getByRole('button', { name: 'Save copy' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fs.existsSync(path.join(env.host.projectsDir, 'baseline.rollout'))).toBe(true);
    expect((await env.client.invoke('project.current', {}))?.fileName).toBe('baseline.rollout');
  });
});
