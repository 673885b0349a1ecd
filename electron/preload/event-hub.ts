/**
 * Fans events out to the renderer's listeners. Events that arrive before anyone listens (a file opened at launch
 * is sent as soon as the page loads, React subscribes a little later) are held and handed to the first listener.
 */
export interface EventHub<T> {
  emit(event: T): void;
  subscribe(listener: (event: T) => void): () => void;
}

export function createEventHub<T>(maxPending = 32, onListenerError: (error: unknown) => void = () => {}): EventHub<T> {
  const listeners = new Set<(event: T) => void>();
  const pending: T[] = [];

  const deliver = (listener: (event: T) => void, event: T) => {
    // One failing listener must not keep the event from the others.
    try {
      listener(event);
    } catch (error) {
      onListenerError(error);
    }
  };

  return {
    emit(event) {
      if (listeners.size === 0) {
        if (pending.length >= maxPending) pending.shift();
        pending.push(event);
        return;
      }
      for (const listener of [...listeners]) deliver(listener, event);
    },
    subscribe(listener) {
      // Each subscription gets its own entry, so the same function subscribed twice and unsubscribed once stays subscribed once.
      const entry = (event: T) => listener(event);
      listeners.add(entry);
      for (const event of pending.splice(0)) deliver(entry, event);
      return () => {
        listeners.delete(entry);
      };
    },
  };
}
