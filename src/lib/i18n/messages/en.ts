// Every string a user reads, in English: the first page's core and the features loaded later.
// zh-cn.ts must have the same keys (the compiler checks). Sections live in en/*.ts.
import { enCore } from './en-core';
import { enFeatures } from './en-features';

export const en = { ...enCore, ...enFeatures } as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
