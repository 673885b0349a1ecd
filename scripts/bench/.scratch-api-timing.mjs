import { spawn } from 'node:child_process';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import Database from 'better-sqlite3';
process.chdir('/work/main');
const src = fs.readFileSync('scripts/bench/timeline-probe.mjs', 'utf8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-t-'));
const child = spawn(process.execPath, ['dist/backend/web.mjs', '--port', '0', '--projects', path.join(work, 'projects'), '--data', path.join(work, 'data')], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((res) => { let s=''; child.stdout.on('data', (c) => { s+=c; const m=/https?:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(s); if (m) res(m[0]); }); });
const parsed = new URL(url); const token = parsed.searchParams.get('token');
const api = async (method, input = {}) => { const t=performance.now(); const r = await fetch(`${parsed.origin}/api/invoke/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ input }) }); const text = await r.text(); const j = JSON.parse(text); console.log(method, (performance.now()-t).toFixed(0), 'ms', (text.length/1024).toFixed(0), 'KB'); if (!j.ok) throw new Error(j.error.message); return j.value; };
const fillSrc = src.slice(src.indexOf('function fillPlan'), src.indexOf('const median'));
const fillPlan = new Function('Database', 'crypto', fillSrc + '; return fillPlan;')(Database, crypto);
const file = path.join(work, 'projects', 'x.rollout');
await api('project.create', { fields: { name: 'X', organisation: 'P', description: '', plannedStart: '2027-01-04', targetGoLive: '2029-06-29', currency: 'EUR' }, template: 'ten-step', path: file });
await api('project.close');
const { hub } = fillPlan(file, 5000, 50);
await api('project.open', { path: file });
for (let i = 0; i < 2; i++) {
  await api('project.current'); await api('steps.list'); await api('tasks.list'); await api('audit.list', { limit: 50 }); await api('schedule.get', { baselineId: null });
}
const s = await api('schedule.get', { baselineId: null });
const h = s.tasks.find((t) => t.id === hub);
await api('tasks.reschedule', { id: hub, start: '2027-01-11', finish: '2027-01-13' });
await api('tasks.reschedule', { id: hub, start: '2027-01-04', finish: '2027-01-06' });
child.kill('SIGTERM');
