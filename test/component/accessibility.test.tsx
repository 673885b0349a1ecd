import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
beforeEach(() => {
  env = createTestBackend();
});
afterEach(() => env.dispose());

/** Structure and naming rules; colour contrast needs real layout and is checked in Chromium by the e2e suite. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe, structure rules)', () => {
  it('start screen and the new project dialog with errors', async () => {
    const user = userEvent.setup();
    renderApp(env.client);
    await screen.findByRole('button', { name: 'New project…' });
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'New project…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New project' });
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(within(dialog).getByText('Project name is required')).toBeInTheDocument();
    expect(await violations()).toEqual([]);
  });

  it('every view of the shell', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    const user = userEvent.setup();
    renderApp(env.client);
    const nav = await screen.findByRole('navigation', { name: 'Project' });
    expect(await violations()).toEqual([]);

    for (const name of [/Cross-functional team/, 'Timeline', 'Activity', 'Project details']) {
      await user.click(within(nav).getByRole('link', { name }));
      expect(await screen.findAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(await violations()).toEqual([]);
    }
  });
});
