// English strings for saving problems and storage notices; zh-cn/durability.ts has the same keys.
export const enDurability = {
  'save.quota': 'Not saved: storage is full',
  'save.closed': 'Not saved: reload the page',
  'storage.quota':
    'The browser’s storage for Funnelbook is full, so your latest changes are not saved. They are still here in this tab, and the saved workbook is the last version that fitted. Download a copy to be safe, or free some space (remove other sites’ data or workbooks you no longer need): saving resumes by itself when there is room.',
  'storage.downloadCopy': 'Download a copy',
  'storage.notPersistent':
    'This browser may delete stored workbooks when it runs short of space (it did not grant lasting storage). Download a copy of the workbooks you care about from time to time.',
  'storage.dismiss': 'Dismiss',
  'storage.damaged': 'Part of this workbook was damaged and could not be read, so it was left out: {parts}. Everything else opened as saved.',
  'storage.damagedMore': '{parts} and {count} more',
} as const;
