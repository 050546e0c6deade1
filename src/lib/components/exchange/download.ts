/** A file name from a workbook's name, without the characters file systems refuse. */
export function workbookFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'workbook'}.funnelbook.json`;
}

/** Hands a text to the browser as a file download. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started once click() returns; the URL is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
