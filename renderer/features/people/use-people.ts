import { useProjectQuery } from '../../state/use-project-query';

/** Steps 1, 2, 5 and 6 read one snapshot of their lists; it is read again after every edit, undo and redo. */
export function usePeople() {
  return useProjectQuery('people.read', {});
}
