import fs from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STEPS } from '../../shared/steps';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
beforeEach(() => {
  env = createTestBackend();
});
afterEach(() => env.dispose());

async function openNewProjectDialog() {
  const user = userEvent.setup();
  renderApp(env.client);
  await user.click(await screen.findByRole('button', { name: 'New project…' }));
  const dialog = await screen.findByRole('dialog', { name: 'New project' });
  return { user, dialog };
}

describe('start screen', () => {
  it('introduces the product and offers the three ways in', async () => {
    renderApp(env.client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rollout Planner' })).toBeInTheDocument();
    expect(screen.getByText(/rollout of large language models/)).toBeInTheDocument();
    for (const name of ['New project…', 'Open…', 'Open sample project']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    expect(await screen.findByText('Projects you open appear here.')).toBeInTheDocument();
  });

  it('shows the required-name message next to the field and keeps the dialog open', async () => {
    const { user, dialog } = await openNewProjectDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    const name = within(dialog).getByLabelText('Project name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Project name is required');
    expect(screen.getByRole('dialog', { name: 'New project' })).toBeInTheDocument();
  });

  it('refuses a go-live before the start, with the message under the go-live date', async () => {
    const { user, dialog } = await openNewProjectDialog();
    await user.type(within(dialog).getByLabelText('Project name'), 'Pilot');
    const goLive = within(dialog).getByLabelText('Target go-live');
    await user.clear(goLive);
    await user.type(goLive, '2020-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    expect(goLive).toHaveAccessibleDescription('The target go-live cannot be before the planned start');
    expect(within(dialog).getByLabelText('Planned start')).not.toHaveAttribute('aria-invalid');
  });

  it('proposes a Monday start, a six-month runway and EUR', async () => {
    const { dialog } = await openNewProjectDialog();
    const start = (within(dialog).getByLabelText('Planned start') as HTMLInputElement).value;
    expect(new Date(`${start}T12:00:00`).getDay()).toBe(1);
    expect(within(dialog).getByLabelText('Currency')).toHaveValue('EUR');
    expect(within(dialog).getByRole('radio', { name: 'Ten-step rollout template (recommended)' })).toBeChecked();
  });

  it('creates a project from the template and shows the shell with the ten steps', async () => {
    const { user, dialog } = await openNewProjectDialog();
    await user.type(within(dialog).getByLabelText('Project name'), 'Copilot for Finance');
    await user.type(within(dialog).getByLabelText('Organisation'), 'Northwind');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));

    const banner = await screen.findByRole('banner');
    expect(within(banner).getByText('Copilot for Finance')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Project' });
    for (const step of STEPS) {
      expect(within(nav).getByRole('link', { name: new RegExp(step.title) })).toBeInTheDocument();
    }
    expect(fs.readdirSync(env.host.projectsDir).some((file) => file.endsWith('.rollout'))).toBe(true);
  });

  it('lists the projects folder in web mode and opens the chosen file', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    await env.client.invoke('project.close', {});
    const user = userEvent.setup();
    renderApp(env.client);

    await user.click(await screen.findByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a project' });
    const row = (await within(dialog).findByRole('button', { name: /^Open .*\.rollout$/ })).closest('tr');
    expect(row).not.toBeNull();
    await user.click(within(row as HTMLElement).getByRole('button'));

    expect(await screen.findByRole('heading', { level: 1, name: PILOT_FIELDS.name })).toBeInTheDocument();
  });

  it('explains a foreign file with the backend message, without a stack trace', async () => {
    fs.writeFileSync(path.join(env.host.projectsDir, 'notes.rollout'), 'this is a text file, not a project');
    const user = userEvent.setup();
    renderApp(env.client);

    await user.click(await screen.findByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a project' });
    await user.click(await within(dialog).findByRole('button', { name: 'Open notes.rollout' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This is not a Rollout Planner project');
    expect(alert.textContent).not.toMatch(/at .*\.ts:\d+/);
    expect(screen.getByRole('heading', { level: 1, name: 'Rollout Planner' })).toBeInTheDocument();
  });

  it('greys out a recent project whose file has gone', async () => {
    const opened = await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'blank' });
    await env.client.invoke('project.close', {});
    fs.rmSync(opened.path);
    renderApp(env.client);

    const entry = await screen.findByRole('button', { name: /Copilot for Finance/ });
    expect(entry).toBeDisabled();
    expect(entry).toHaveTextContent('file not found');
  });

  it('goes straight to the shell when the backend still has a project open (web reload)', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    renderApp(env.client);
    expect(await screen.findByRole('navigation', { name: 'Project' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New project…' })).not.toBeInTheDocument();
  });
});
