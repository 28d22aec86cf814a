import type { CompareOp, Rule, SegmentField } from './types';

/** What a condition's operator list offers: the comparisons, and "between" and "in" as their own rules. */
export type Operator = CompareOp | 'between' | 'in';

interface DraftBase {
  id: string;
  /** Wraps the node in a "not". */
  negated: boolean;
}

export interface GroupDraft extends DraftBase {
  kind: 'group';
  match: 'all' | 'any';
  children: NodeDraft[];
}

/** Inputs keep what was typed; numbers are read from it only when the rule is built. */
export interface ConditionDraft extends DraftBase {
  kind: 'condition';
  field: string;
  operator: Operator;
  /** A compare's value; for "in" on a text field, the values separated by commas. */
  value: string;
  min: string;
  max: string;
  /** "in" on an enum field: the values ticked. */
  values: string[];
}

export interface BoughtDraft extends DraftBase {
  kind: 'bought';
  category: string;
  withinDays: string;
}

export type NodeDraft = GroupDraft | ConditionDraft | BoughtDraft;

export type FieldCatalogue = ReadonlyMap<string, SegmentField>;

/** The property holding the rule in every body the server reads: each error path starts with it. */
export const RULE_PATH = 'rule';

let lastId = 0;
const nextId = () => `node-${++lastId}`;

/** Every operator on numbers, "eq"/"ne"/"in" on texts and enums; a day count that grows is never usefully equal. */
export function operatorsFor(field: SegmentField | undefined): Operator[] {
  if (field === undefined || field.kind !== 'Number') return ['eq', 'ne', 'in'];
  return field.growsDaily ? ['lt', 'le', 'gt', 'ge', 'between'] : ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between'];
}

export const newGroup = (match: GroupDraft['match'] = 'all', children: NodeDraft[] = []): GroupDraft => ({
  id: nextId(),
  kind: 'group',
  negated: false,
  match,
  children,
});

function blankCondition(field: string) {
  return { kind: 'condition' as const, field, value: '', min: '', max: '', values: [] as string[] };
}

export function newCondition(field: SegmentField): ConditionDraft {
  return { id: nextId(), negated: false, ...blankCondition(field.name), operator: operatorsFor(field)[0]! };
}

export const newBought = (): BoughtDraft => ({ id: nextId(), kind: 'bought', negated: false, category: '', withinDays: '30' });

/** A field changed: the operator stays if the new field takes it; the values start again. */
export function withField(condition: ConditionDraft, field: SegmentField): ConditionDraft {
  const operators = operatorsFor(field);
  const operator = operators.includes(condition.operator) ? condition.operator : operators[0]!;
  return { ...condition, field: field.name, operator, value: '', min: '', max: '', values: [] };
}

/** A number when the text is one; otherwise the text, for the server to name what is wrong with it. */
const numberOrText = (text: string): number | string => {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : text;
};

const splitValues = (text: string) =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** The rule the draft stands for, and where each node sits in the request body (to place the server's messages). */
export function toRule(root: NodeDraft, fields: FieldCatalogue): { rule: Rule; paths: Map<string, string> } {
  const paths = new Map<string, string>();
  const build = (node: NodeDraft, path: string): Rule => {
    if (!node.negated) return buildPlain(node, path);
    return { type: 'not', rule: buildPlain(node, `${path}.rule`) };
  };
  const buildPlain = (node: NodeDraft, path: string): Rule => {
    paths.set(node.id, path);
    switch (node.kind) {
      case 'group':
        return { type: node.match, rules: node.children.map((child, index) => build(child, `${path}.rules[${index}]`)) };
      case 'bought':
        return { type: 'boughtCategory', category: node.category.trim(), withinDays: numberOrText(node.withinDays) };
      case 'condition':
        return conditionRule(node, fields.get(node.field));
    }
  };
  return { rule: build(root, RULE_PATH), paths };
}

function conditionRule(condition: ConditionDraft, field: SegmentField | undefined): Rule {
  const number = field?.kind === 'Number';
  switch (condition.operator) {
    case 'between':
      return { type: 'between', field: condition.field, min: numberOrText(condition.min), max: numberOrText(condition.max) };
    case 'in':
      return {
        type: 'in',
        field: condition.field,
        values: field?.kind === 'Enum' ? condition.values : splitValues(condition.value),
      };
    default:
      return {
        type: 'compare',
        field: condition.field,
        op: condition.operator,
        value: number ? numberOrText(condition.value) : condition.value,
      };
  }
}

/** The draft of a saved rule; a "not" becomes its node's flag (two of them cancel out). */
export function fromRule(rule: Rule, fields: FieldCatalogue, negated = false): NodeDraft {
  const base = { id: nextId(), negated };
  switch (rule.type) {
    case 'not':
      return fromRule(rule.rule, fields, !negated);
    case 'all':
    case 'any':
      return { ...base, kind: 'group', match: rule.type, children: rule.rules.map((child) => fromRule(child, fields)) };
    case 'boughtCategory':
      return { ...base, kind: 'bought', category: rule.category, withinDays: String(rule.withinDays) };
    case 'between':
      return { ...base, ...blankCondition(rule.field), operator: 'between', min: String(rule.min), max: String(rule.max) };
    case 'in':
      return fields.get(rule.field)?.kind === 'Enum'
        ? { ...base, ...blankCondition(rule.field), operator: 'in', values: rule.values }
        : { ...base, ...blankCondition(rule.field), operator: 'in', value: rule.values.join(', ') };
    case 'compare':
      return { ...base, ...blankCondition(rule.field), operator: rule.op, value: String(rule.value) };
  }
}


/** The tree with the node of `id` replaced by what `change` makes of it. */
export function updateNode(root: NodeDraft, id: string, change: (node: NodeDraft) => NodeDraft): NodeDraft {
  if (root.id === id) return change(root);
  if (root.kind !== 'group') return root;
  return { ...root, children: root.children.map((child) => updateNode(child, id, change)) };
}

export function removeNode(root: NodeDraft, id: string): NodeDraft {
  if (root.kind !== 'group') return root;
  return { ...root, children: root.children.filter((child) => child.id !== id).map((child) => removeNode(child, id)) };
}

/**
 * The server's messages about the node at `path` itself: its own properties ("field", "values[0]", "rules" of an
 * empty group), not those of the nodes inside it, which show beside them.
 */
export function errorsAt(errors: Record<string, string[]> | undefined, path: string | undefined): string[] {
  if (errors === undefined || path === undefined) return [];
  return Object.entries(errors).flatMap(([key, messages]) => {
    if (key === path) return messages;
    if (!key.startsWith(`${path}.`)) return [];
    const rest = key.slice(path.length + 1);
    return rest.includes('.') || rest.startsWith('rules[') || rest === 'rule' ? [] : messages;
  });
}
