// Loaded with a dynamic import when a workbook opens, so the first page carries only the core strings.
import { enFeatures } from './en-features';
import { zhCNFeatures } from './zh-cn-features';

export const features = { en: enFeatures, 'zh-CN': zhCNFeatures };
