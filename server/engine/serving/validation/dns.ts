/** Kubernetes apimachinery name checks, with its error texts (the API server's own validators). */
import { nameProblems, qualifiedNamePartProblems } from '../../api/names';

/** validation.IsDNS1035Label: the list of problems, empty when valid. */
export const isDNS1035Label = (value: string): string[] => nameProblems(value, 'dns1035-label');

/** validation.IsQualifiedName for a name without a prefix (revision and configuration names in traffic). */
export const isQualifiedName = (value: string): string[] => qualifiedNamePartProblems(value);
