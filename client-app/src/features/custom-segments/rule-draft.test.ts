import { describe, expect, it } from 'vitest';
import { errorsAt, fromRule, newBought, newCondition, newGroup, operatorsFor, toRule, withField, type FieldCatalogue } from './rule-draft';
import type { Rule, SegmentField } from './types';

const field = (name: string, kind: SegmentField['kind'], more: Partial<SegmentField> = {}): SegmentField => ({ name, kind, description: name, ...more });
const recency = field('recencyDays', 'Number', { growsDaily: true });
const orders = field('orders', 'Number');
const city = field('city', 'Text');
const stage = field('lifecycleStage', 'Enum', { allowedValues: ['New', 'Active', 'Lapsed'] });
const fields: FieldCatalogue = new Map([recency, orders, city, stage].map((f) => [f.name, f]));

describe('operatorsFor', () => {
  it('offers every comparison on numbers, none of equality on a day count that grows, and eq, ne, in on texts and enums', () => {
    expect(operatorsFor(orders)).toEqual(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'between']);
    expect(operatorsFor(recency)).toEqual(['lt', 'le', 'gt', 'ge', 'between']);
    expect(operatorsFor(city)).toEqual(['eq', 'ne', 'in']);
    expect(operatorsFor(stage)).toEqual(['eq', 'ne', 'in']);
  });
});

describe('toRule', () => {
  it('builds nested groups, negations, ranges, lists and bought-in-category as the server reads them', () => {
    const lapsed = { ...newCondition(stage), operator: 'in' as const, values: ['Lapsed', 'Active'] };
    const notCity = { ...newCondition(city), value: 'Hangzhou', negated: true };
    const tea = { ...newBought(), category: ' tea ', withinDays: '30' };
    const range = { ...newCondition(orders), operator: 'between' as const, min: '2', max: '5' };
    const root = newGroup('all', [{ ...newCondition(recency), operator: 'gt', value: '90' }, newGroup('any', [lapsed, notCity]), tea, range]);

    const { rule, paths } = toRule(root, fields);

    expect(rule).toEqual({
      type: 'all',
      rules: [
        { type: 'compare', field: 'recencyDays', op: 'gt', value: 90 },
        {
          type: 'any',
          rules: [
            { type: 'in', field: 'lifecycleStage', values: ['Lapsed', 'Active'] },
            { type: 'not', rule: { type: 'compare', field: 'city', op: 'eq', value: 'Hangzhou' } },
          ],
        },
        { type: 'boughtCategory', category: 'tea', withinDays: 30 },
        { type: 'between', field: 'orders', min: 2, max: 5 },
      ],
    });
    expect(paths.get(root.id)).toBe('rule');
    expect(paths.get(notCity.id)).toBe('rule.rules[1].rules[1].rule');
    expect(paths.get(range.id)).toBe('rule.rules[3]');
  });

  it('splits a text list at commas and leaves what is not a number for the server to name', () => {
    const cities = { ...newCondition(city), operator: 'in' as const, value: 'Hangzhou, Ningbo,, ' };
    const typo = { ...newCondition(orders), value: 'three' };

    expect(toRule(cities, fields).rule).toEqual({ type: 'in', field: 'city', values: ['Hangzhou', 'Ningbo'] });
    expect(toRule(typo, fields).rule).toEqual({ type: 'compare', field: 'orders', op: 'eq', value: 'three' });
  });
});

describe('fromRule', () => {
  it('reads a saved rule back into the same rule', () => {
    const saved: Rule = {
      type: 'any',
      rules: [
        { type: 'not', rule: { type: 'all', rules: [{ type: 'compare', field: 'orders', op: 'ge', value: 3 }] } },
        { type: 'in', field: 'city', values: ['Hangzhou', 'Ningbo'] },
        { type: 'in', field: 'lifecycleStage', values: ['New'] },
        { type: 'boughtCategory', category: 'tea', withinDays: 7 },
        { type: 'between', field: 'recencyDays', min: 30, max: 60 },
      ],
    };

    expect(toRule(fromRule(saved, fields), fields).rule).toEqual(saved);
  });
});

describe('withField', () => {
  it('keeps an operator the new field takes and starts its values again', () => {
    const condition = { ...newCondition(orders), operator: 'gt' as const, value: '3' };

    expect(withField(condition, recency)).toMatchObject({ field: 'recencyDays', operator: 'gt', value: '' });
    expect(withField(condition, city)).toMatchObject({ field: 'city', operator: 'eq', value: '' });
  });
});

describe('errorsAt', () => {
  const errors = {
    rule: ['the rule has 51 nodes; at most 50 are allowed'],
    'rule.rules': ["'all' needs at least one rule"],
    'rule.rules[0].field': ["unknown field 'regoin'"],
    'rule.rules[1].values[0]': ["'Gold' is not a lifecycleStage"],
  };

  it('gives each node the messages about its own properties, not those of the nodes inside it', () => {
    expect(errorsAt(errors, 'rule')).toEqual(['the rule has 51 nodes; at most 50 are allowed', "'all' needs at least one rule"]);
    expect(errorsAt(errors, 'rule.rules[0]')).toEqual(["unknown field 'regoin'"]);
    expect(errorsAt(errors, 'rule.rules[1]')).toEqual(["'Gold' is not a lifecycleStage"]);
    expect(errorsAt(errors, 'rule.rules[2]')).toEqual([]);
    expect(errorsAt(undefined, 'rule')).toEqual([]);
  });
});
