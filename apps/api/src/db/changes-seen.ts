/** What tells this process that data changed: the public answer cache's change events (this process's writes, other processes' notifications). */
export interface ChangeSource {
  onChange(listener: (disabled: boolean) => void): void;
}

interface Followed {
  serial: number;
  changes: number;
  trusted: boolean;
}

const followed = new WeakMap<object, Followed>();
let serials = 0;

/**
 * From now on counts the changes `changes` reports for `db`, so that results kept for it (public
 * indicator tables, coverage analyses) are checked against that count instead of against a
 * fingerprint read from the database on every use: such a read cost more than half of a report's
 * database time. The reports are the ones that keep the public answer cache and the offer index
 * current, so kept results are exactly as current as cached answers are.
 */
export function followChanges(db: object, changes: ChangeSource): void {
  const state: Followed = { serial: (serials += 1), changes: 0, trusted: true };
  followed.set(db, state);
  changes.onChange((disabled) => {
    state.changes += 1;
    if (disabled) state.trusted = false;
  });
}

/**
 * A token that differs after every change reported for `db` (and between databases), or null
 * when nothing reports its changes (a transaction, the command line, tests calling repositories
 * directly) or the reports stopped (lost notifications): then kept results must be checked
 * against the data itself.
 */
export function changesSeen(db: object): string | null {
  const state = followed.get(db);
  return state?.trusted ? `changes ${state.serial}:${state.changes}` : null;
}
