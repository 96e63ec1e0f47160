/** Turns a title into a file name that every operating system accepts. */
export function fileName(title: string, extension: string, fallback = 'ikz-kit'): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '')
  return `${base || fallback}.${extension}`
}

/** Offers data as a download. Nothing is sent anywhere: the browser saves a local object URL. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // The click starts the download synchronously; the URL can go once it has been handed over.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const downloadText = (name: string, text: string, type: string) => downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }))
