import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, PILOT_FIELDS, renderApp, type TestBackend } from './in-process-backend';

let env: TestBackend;
beforeEach(() => {
  env = createTestBackend();
});
afterEach(() => env.dispose());

async function openTeamStep(extra: string[] = []) {
  await env.client.invoke('project.create', { fields: PILOT_FIELDS, template: 'ten-step' });
  for (const name of ['Ana Ruiz', 'Ben Okafor', 'Chen Li', ...extra]) {
    await env.client.invoke('people.create', { entity: 'member', values: { name, functionId: null, role: 'member', contact: '', availability: 20, decisionRights: [] } });
  }
  const user = userEvent.setup();
  renderApp(env.client);
  const nav = await screen.findByRole('navigation', { name: 'Project' });
  await user.click(within(nav).getByRole('link', { name: /Cross-functional team/ }));
  const members = await screen.findByRole('region', { name: 'Members' });
  await within(members).findByLabelText('Name, Ana Ruiz');
  return { user, members };
}

const names = async () => (await env.client.invoke('people.read', {})).members.map((m) => m.name);

describe('the editable tables of the people steps', () => {
  it('refuses a bad value in place with the message next to the field, and saves nothing', async () => {
    const { user, members } = await openTeamStep();
    const availability = within(members).getByLabelText('Availability, Ben Okafor');
    await user.clear(availability);
    await user.type(availability, '150{Enter}');
    expect(availability).toHaveAttribute('aria-invalid', 'true');
    expect(availability).toHaveAccessibleDescription('At most 100%');
    expect((await env.client.invoke('people.read', {})).members[1]?.availability).toBe(20);

    await user.clear(availability);
    await user.type(availability, '60{Enter}');
    await waitFor(async () => expect((await env.client.invoke('people.read', {})).members[1]?.availability).toBe(60));
    expect(availability).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('button', { name: /^Undo Edit member "Ben Okafor"/ })).toBeEnabled();
  });

  it('sorts and filters without changing the stored order, reorders, and deletes with an undo', async () => {
    const { user, members } = await openTeamStep(['Dana Weiss']);
    const rowNames = () => within(members).getAllByLabelText(/^Name, /).map((input) => (input as HTMLInputElement).value);
    await user.click(within(members).getByRole('button', { name: /^Name/ }));
    await user.click(within(members).getByRole('button', { name: /^Name/ }));
    expect(rowNames()).toEqual(['Dana Weiss', 'Chen Li', 'Ben Okafor', 'Ana Ruiz']);
    expect(within(members).getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
    // While sorted, moving would be ambiguous: the buttons are off.
    expect(within(members).getByRole('button', { name: 'Move Ben Okafor up' })).toBeDisabled();
    await user.click(within(members).getByRole('button', { name: /^Name/ }));
    await user.type(within(members).getByRole('searchbox', { name: 'Filter members' }), 'ok');
    expect(rowNames()).toEqual(['Ben Okafor']);
    await user.clear(within(members).getByRole('searchbox', { name: 'Filter members' }));

    await user.click(within(members).getByRole('button', { name: 'Move Chen Li up' }));
    await waitFor(async () => expect(await names()).toEqual(['Ana Ruiz', 'Chen Li', 'Ben Okafor', 'Dana Weiss']));
    await user.click(within(members).getByRole('button', { name: 'Delete member Ana Ruiz' }));
    await waitFor(async () => expect(await names()).toEqual(['Chen Li', 'Ben Okafor', 'Dana Weiss']));
    await user.click(within(members).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await names()).toEqual(['Ana Ruiz', 'Chen Li', 'Ben Okafor', 'Dana Weiss']));
  });
});
