import { describe, expect, it, vi } from 'vitest';
import { createEventHub } from '../../../electron/preload/event-hub';

describe('createEventHub (preload)', () => {
  it('delivers events to every listener until it unsubscribes', () => {
    const hub = createEventHub<string>();
    const a = vi.fn();
    const b = vi.fn();
    const offA = hub.subscribe(a);
    hub.subscribe(b);
    hub.emit('one');
    offA();
    hub.emit('two');
    expect(a.mock.calls).toEqual([['one']]);
    expect(b.mock.calls).toEqual([['one'], ['two']]);
  });

  it('holds events sent before anyone listens and gives them to the first listener, once', () => {
    const hub = createEventHub<string>();
    hub.emit('open-file at launch');
    const first = vi.fn();
    const second = vi.fn();
    hub.subscribe(first);
    hub.subscribe(second);
    expect(first.mock.calls).toEqual([['open-file at launch']]);
    expect(second).not.toHaveBeenCalled();
  });

  it('keeps only the newest events while nobody listens', () => {
    const hub = createEventHub<number>(3);
    for (let i = 1; i <= 5; i++) hub.emit(i);
    const listener = vi.fn();
    hub.subscribe(listener);
    expect(listener.mock.calls).toEqual([[3], [4], [5]]);
  });

  it('holds events again once every listener is gone (a React remount)', () => {
    const hub = createEventHub<string>();
    hub.subscribe(vi.fn())();
    hub.emit('between');
    const next = vi.fn();
    hub.subscribe(next);
    expect(next).toHaveBeenCalledWith('between');
  });

  it('a failing listener neither stops the others nor escapes', () => {
    const onError = vi.fn();
    const hub = createEventHub<string>(32, onError);
    const good = vi.fn();
    hub.subscribe(() => {
      throw new Error('boom');
    });
    hub.subscribe(good);
    expect(() => hub.emit('x')).not.toThrow();
    expect(good).toHaveBeenCalledWith('x');
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('the same function subscribed twice gets two subscriptions', () => {
    const hub = createEventHub<string>();
    const listener = vi.fn();
    const off = hub.subscribe(listener);
    hub.subscribe(listener);
    off();
    hub.emit('x');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
