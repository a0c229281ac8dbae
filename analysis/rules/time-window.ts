// <time> ("6 pm - 8:30 am", "09:00-18:00", "!..." to negate) and <weekday> ("monday - friday",
// "weekends", "sat,sun") of a rule, checked against the event's local time.

export interface TimeWindow { from: number; to: number; negate: boolean }
export interface WeekDays { days: Set<number>; negate: boolean }

function parseClock(s: string): number | null {
  const m = /^\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ap = m[3]?.toLowerCase()[0];
  if (ap === 'p' && h < 12) h += 12;
  if (ap === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return h * 60 + min;
}

export function parseTimeWindow(text: string): TimeWindow | null {
  let s = text.trim();
  const negate = s.startsWith('!');
  if (negate) s = s.slice(1);
  const parts = s.split('-');
  if (parts.length !== 2) return null;
  const from = parseClock(parts[0]);
  const to = parseClock(parts[1]);
  if (from === null || to === null) return null;
  return { from, to, negate };
}

export function inTimeWindow(w: TimeWindow, d: Date): boolean {
  const t = d.getHours() * 60 + d.getMinutes();
  const inside = w.from <= w.to ? t >= w.from && t < w.to : t >= w.from || t < w.to;
  return inside !== w.negate;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function dayIndex(word: string): number {
  const w = word.trim().toLowerCase();
  if (w.length < 3) return -1;
  return DAYS.findIndex((d) => d.startsWith(w));
}

export function parseWeekDays(text: string): WeekDays | null {
  let s = text.trim().toLowerCase();
  const negate = s.startsWith('!');
  if (negate) s = s.slice(1);
  const days = new Set<number>();
  for (const part of s.split(',')) {
    const p = part.trim();
    if (!p) continue;
    if (p === 'weekdays') { [1, 2, 3, 4, 5].forEach((d) => days.add(d)); continue; }
    if (p === 'weekends') { days.add(0); days.add(6); continue; }
    const range = p.split('-');
    if (range.length === 2) {
      const a = dayIndex(range[0]);
      const b = dayIndex(range[1]);
      if (a < 0 || b < 0) return null;
      for (let d = a; ; d = (d + 1) % 7) { days.add(d); if (d === b) break; }
      continue;
    }
    for (const w of p.split(/\s+/)) {
      const d = dayIndex(w);
      if (d < 0) return null;
      days.add(d);
    }
  }
  return days.size ? { days, negate } : null;
}

export function onWeekDay(w: WeekDays, d: Date): boolean {
  return w.days.has(d.getDay()) !== w.negate;
}
