/** metav1.LabelSelector: matchLabels plus matchExpressions, all ANDed; an empty selector matches everything. */
export interface LabelSelectorSpec {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

export function matchesSelector(selector: LabelSelectorSpec | null | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return true;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !(e.values ?? []).includes(l[e.key])) return false;
        break;
      case 'NotIn':
        if (has && (e.values ?? []).includes(l[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** Validation of a LabelSelector's shape, with field paths, as the apiserver words it. */
export function validateSelector(selector: unknown, field: string): { field: string; message: string }[] {
  if (selector === undefined || selector === null) return [];
  if (typeof selector !== 'object' || Array.isArray(selector)) return [{ field, message: 'must be a label selector' }];
  const s = selector as LabelSelectorSpec;
  const causes: { field: string; message: string }[] = [];
  (s.matchExpressions ?? []).forEach((e, i) => {
    const f = `${field}.matchExpressions[${i}]`;
    if (!e?.key) causes.push({ field: `${f}.key`, message: 'Required value' });
    if (!OPERATORS.has(e?.operator)) {
      causes.push({ field: `${f}.operator`, message: `Unsupported value: "${e?.operator}": supported values: "In", "NotIn", "Exists", "DoesNotExist"` });
    } else if ((e.operator === 'In' || e.operator === 'NotIn') && !(e.values ?? []).length) {
      causes.push({ field: `${f}.values`, message: 'Required value: must be specified when `operator` is \'In\' or \'NotIn\'' });
    } else if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && (e.values ?? []).length) {
      causes.push({ field: `${f}.values`, message: 'Forbidden: may not be specified when `operator` is \'Exists\' or \'DoesNotExist\'' });
    }
  });
  return causes;
}
