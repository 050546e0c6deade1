import type { Messages } from './en';
import { zhCNCore } from './zh-cn-core';
import { zhCNFeatures } from './zh-cn-features';

export const zhCN: Messages = { ...zhCNCore, ...zhCNFeatures };
