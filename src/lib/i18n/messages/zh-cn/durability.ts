// 保存问题与存储提示的中文文案；与 en/durability.ts 的键相同。
import type { enDurability } from '../en/durability';

export const zhCNDurability: Record<keyof typeof enDurability, string> = {
  'save.quota': '未保存：存储空间已满',
  'save.closed': '未保存：请重新加载页面',
  'storage.quota':
    '浏览器为 Funnelbook 提供的存储空间已满，最近的更改尚未保存。这些更改仍保留在此标签页中，已保存的是最后一个能存下的版本。建议先下载一份副本；或腾出一些空间（清除其他网站的数据或不再需要的工作簿），有空间后会自动恢复保存。',
  'storage.downloadCopy': '下载副本',
  'storage.notPersistent': '此浏览器在空间不足时可能会删除已存储的工作簿（它没有授予持久存储）。请定期下载重要工作簿的副本。',
  'storage.dismiss': '知道了',
  'storage.damaged': '此工作簿有部分内容已损坏、无法读取，已略去：{parts}。其余内容已按保存时的样子打开。',
  'storage.damagedMore': '{parts} 等另外 {count} 处',
};
