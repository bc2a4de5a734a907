// Snapshot undo/redo: every edit records the state before it. Consecutive edits
// of the same field within a short window merge, so typing "175B" is one undo step.

export interface HistoryEntry<T> {
  snapshot: T;
  label: string;
  key: string;
  at: number;
}

export interface UndoHistory<T> {
  record(before: T, label: string, key: string, now: number): void;
  undo(current: T): { state: T; label: string } | null;
  redo(current: T): { state: T; label: string } | null;
  clear(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  undoLabel(): string | null;
  redoLabel(): string | null;
}

export const createUndoHistory = <T>(limit = 200, mergeWindowMs = 1500): UndoHistory<T> => {
  const past: HistoryEntry<T>[] = [];
  let future: HistoryEntry<T>[] = [];
  return {
    record(before, label, key, now) {
      const last = past[past.length - 1];
      future = [];
      if (last && key !== '' && last.key === key && now - last.at <= mergeWindowMs) {
        last.at = now; // keep the older snapshot: undo returns to before the whole burst
        return;
      }
      past.push({ snapshot: before, label, key, at: now });
      if (past.length > limit) past.shift();
    },
    undo(current) {
      const entry = past.pop();
      if (!entry) return null;
      future.push({ ...entry, snapshot: current });
      return { state: entry.snapshot, label: entry.label };
    },
    redo(current) {
      const entry = future.pop();
      if (!entry) return null;
      past.push({ ...entry, snapshot: current, key: '' });
      return { state: entry.snapshot, label: entry.label };
    },
    clear() {
      past.length = 0;
      future = [];
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    undoLabel: () => past[past.length - 1]?.label ?? null,
    redoLabel: () => future[future.length - 1]?.label ?? null,
  };
};
