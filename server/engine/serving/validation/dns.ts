/** Kubernetes apimachinery name checks, with its error texts. */
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

export const DNS1035_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** validation.IsDNS1035Label: the list of problems, empty when valid. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push('must be no more than 63 characters');
  if (!DNS1035.test(value)) errs.push(DNS1035_MESSAGE);
  return errs;
}

/** validation.IsQualifiedName for a name without a prefix (revision and configuration names in traffic). */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  if (value.length === 0) errs.push('name part must be non-empty');
  else if (value.length > 63) errs.push('name part must be no more than 63 characters');
  if (value.length > 0 && !QUALIFIED_NAME_PART.test(value)) {
    errs.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    );
  }
  return errs;
}
