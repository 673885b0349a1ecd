import { useEffect, useState } from 'react';

/** Counts down from the session's timer start; the facilitator starts it per criterion. */
export function SessionTimer({ startedAt, seconds }: { startedAt: string | null; seconds: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, [startedAt]);
  if (!startedAt) return <span className="workshop__timer">{format(seconds)}</span>;
  const left = Math.max(0, Math.ceil(seconds - (now - Date.parse(startedAt)) / 1000));
  return (
    <span className={left === 0 ? 'workshop__timer workshop__timer--done' : 'workshop__timer'} aria-label={left === 0 ? 'Time is up' : `${format(left)} left`}>
      {left === 0 ? 'Time is up' : format(left)}
    </span>
  );
}

function format(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
