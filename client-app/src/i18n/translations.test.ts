import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

// Plural forms differ by language (English has _one, Chinese only _other), so they count as one key.
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key.replace(/_(one|other)$/, '')}`] : keysOf(value, `${prefix}${key}.`),
  );

describe('translations', () => {
  it('has every English string in Simplified Chinese too, and nothing else', () => {
    expect(new Set(keysOf(zhCN))).toEqual(new Set(keysOf(en)));
  });
});
