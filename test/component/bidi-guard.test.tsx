import { render } from '@testing-library/react';
import { useState } from 'react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { installBidiGuard } from '../../renderer/app/bidi-guard';
import { leavesBidiOpen } from '../../shared/text/bidi';

const RLO = '\u202E';
const PDF = '\u202C';
let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** Every text node of the container, as the browser would lay them out. */
const texts = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push((node as Text).data);
  return found;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function Confirm({ initial }: { initial: string }) {
  const [name, setName] = useState(initial);
  return (
    <div>
      <p>Delete “{name}” and its 3 sessions?</p>
      <textarea defaultValue={name} aria-label="Notes" />
      <select aria-label="Owner" defaultValue={name}><option>{name}</option></select>
      <button type="button" onClick={() => setName(`renamed ${RLO}fdp.exe`)}>Rename</button>
    </div>
  );
}

describe('the bidi guard of the renderer', () => {
  it('closes an override in shown text at once, on later renders too, and never touches form values', async () => {
    stop = installBidiGuard(document.body);
    const { container, getByRole, getByLabelText } = render(<Confirm initial={`Report ${RLO}gpj.exe`} />);
    await settle();
    expect(container.querySelector('p')?.textContent).toBe(`Delete “Report ${RLO}gpj.exe${PDF}” and its 3 sessions?`);
    expect(texts(container.querySelector('p')!).some(leavesBidiOpen)).toBe(false);
    // What the user edits stays byte for byte what is stored.
    expect((getByLabelText('Notes') as HTMLTextAreaElement).value).toBe(`Report ${RLO}gpj.exe`);
    expect((getByLabelText('Owner') as HTMLSelectElement).value).toBe(`Report ${RLO}gpj.exe`);

    await act(async () => getByRole('button', { name: 'Rename' }).click());
    await settle();
    expect(container.querySelector('p')?.textContent).toBe(`Delete “renamed ${RLO}fdp.exe${PDF}” and its 3 sessions?`);
  });

  it('covers text written outside React (a chart library) and the window title', async () => {
    stop = installBidiGuard(document.documentElement);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    label.textContent = `Task ${RLO}gnp.bat`;
    svg.append(label);
    document.body.append(svg);
    document.title = `Plan ${RLO}nalp – Rollout Planner`;
    await settle();
    expect(label.textContent).toBe(`Task ${RLO}gnp.bat${PDF}`);
    expect(leavesBidiOpen(document.title)).toBe(false);
    label.firstChild!.nodeValue = `again ${RLO}x`;
    await settle();
    expect(label.textContent).toBe(`again ${RLO}x${PDF}`);
    svg.remove();
  });
});
