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

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the audit trail screen', () => {
  it('lists the trail with its step, filters it by step and by text, and teaches when nothing matches', async () => {
    await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
    await env.client.invoke('people.create', { entity: 'member', values: { name: 'Ana Ruiz', functionId: null, role: 'member', contact: '', availability: 20, decisionRights: [] } });
    await env.client.invoke('steps.update', { key: 'pilot', patch: { notes: 'Claims volunteers' } });
    const user = userEvent.setup();
    renderApp(env.client);
    const nav = await screen.findByRole('navigation', { name: 'Project' });
    await user.click(within(nav).getByRole('link', { name: 'Activity' }));

    const table = await screen.findByRole('table', { name: 'Activity, newest first' });
    expect(within(table).getByText(/Add member "Ana Ruiz"/)).toBeInTheDocument();
    expect(within(table).getByText('1. Cross-functional team')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' }).textContent ?? '').toMatch(/^Entries 1–\d+ of \d+$/);
    expect(await violations()).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Step'), '7. Pilot');
    expect(await within(await screen.findByRole('table')).findByText('7. Pilot')).toBeInTheDocument();
    expect(screen.queryByText(/Add member "Ana Ruiz"/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Search'), 'nothing like this');
    expect(await screen.findByText('No entry matches these filters.')).toBeInTheDocument();
    expect(await violations()).toEqual([]);
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await screen.findByText(/Add member "Ana Ruiz"/)).toBeInTheDocument();
  });
});
