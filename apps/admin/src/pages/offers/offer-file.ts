/** An offer file as the import procedures take it. */
export interface OfferFile {
  upload: { content: string; encoding: "text" | "base64"; format: "csv" | "hsds" };
}

/** The format of an offer file: JSON (by its name or its first character) is HSDS, anything else CSV. */
export async function offerFileFormatOf(file: File): Promise<"csv" | "hsds"> {
  if (/\.json$/i.test(file.name)) return "hsds";
  if (/\.csv$/i.test(file.name)) return "csv";
  const start = await file.slice(0, 64).text();
  return /^\uFEFF?\s*[[{]/.test(start) ? "hsds" : "csv";
}

/** Bytes as base64, in slices so that large files do not overflow the call stack. */
function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * Reads an offer file, reporting the share read (0 to 1). Spreadsheets travel as bytes (base64),
 * because German ones are often Windows-1252 and the server works out the encoding; JSON as text.
 */
export function readOfferFile(file: File, format: "csv" | "hsds", onProgress: (share: number) => void): Promise<OfferFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("Die Datei ließ sich nicht lesen."));
    reader.onload = () => {
      onProgress(1);
      const bytes = new Uint8Array(reader.result as ArrayBuffer);
      resolve({
        upload: format === "csv"
          ? { content: base64Of(bytes), encoding: "base64", format }
          : { content: new TextDecoder("utf-8").decode(bytes), encoding: "text", format },
      });
    };
    reader.readAsArrayBuffer(file);
  });
}
