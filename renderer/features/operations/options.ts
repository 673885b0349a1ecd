import type { Option } from '../../components/records/record-fields';

/** Select options from a label map, in the map's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): Option[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
