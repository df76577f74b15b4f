/**
 * A file's bytes in base64, for the API's upload input: the server works out the encoding
 * (Windows-1252 from Excel on a German Windows, or UTF-8), which the browser's `file.text()`
 * would already have guessed wrongly.
 *
 * @example
 * await base64Of(file); // "SW5kaWthdG9yO0dlYmlldHNzY2hs..."
 */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  // In slices, because spreading a whole file into one call overflows the argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
