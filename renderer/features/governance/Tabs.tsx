import { useRef, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: string;
}

/** ARIA tabs: arrow keys, Home and End move between tabs; only the selected tab is in the Tab order. */
export function Tabs({ tabs, selected, onSelect, label, children }: { tabs: readonly Tab[]; selected: string; onSelect(id: string): void; label: string; children: ReactNode }) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button key={tab.id} type="button" role="tab" id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`} aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1} className="tabs__tab"
            ref={(el) => { if (el) refs.current.set(tab.id, el); else refs.current.delete(tab.id); }}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => {
              const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
              const target = keys[e.key];
              if (target !== undefined) {
                e.preventDefault();
                move(target);
              }
            }}>
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </>
  );
}
