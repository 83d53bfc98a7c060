/**
 * A .task model is a zip archive, recognised by the end-of-central-directory record in its last
 * 64 KiB (its start may be padded); an HTML error page or a truncated download has none.
 */
export function isZipArchive(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    ) {
      return true;
    }
  }
  return false;
}
