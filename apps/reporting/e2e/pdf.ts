import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SCREENSHOT_DIR } from "@praeventionskette/browser";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";

/** One printed page as text: its lines from top to bottom. */
export interface PdfPage {
  lines: string[];
}

/** Lines nearer than this (in PDF points) count as one line: words of a line share a baseline. */
const SAME_LINE = 2;

/** What pdf.js's canvas factory gives in Node (backed by @napi-rs/canvas); typed only as Object. */
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: { toBuffer(type: "image/png"): Buffer }; context: CanvasRenderingContext2D };
}

function isTextItem(item: object): item is TextItem {
  return "str" in item && "transform" in item;
}

/**
 * Joins a page's text pieces into lines, top to bottom, each line's pieces left to right. A
 * space goes only where the pieces stand apart: ligatures (ff, fl) come as pieces of their own.
 */
function linesOf(items: TextItem[]): string[] {
  const pieces = items.map((item) => ({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, size: Math.abs(item.transform[3] as number) }));
  // PDF coordinates grow upwards: the top line has the largest y.
  pieces.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; pieces: typeof pieces }[] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - piece.y) <= SAME_LINE) line.pieces.push(piece);
    else lines.push({ y: piece.y, pieces: [piece] });
  }
  return lines
    .map((line) => {
      const sorted = line.pieces.sort((a, b) => a.x - b.x);
      return sorted
        .map((piece, index) => {
          const before = sorted[index - 1];
          const apart = before !== undefined && piece.x - (before.x + before.width) > piece.size * 0.15;
          return apart ? ` ${piece.text}` : piece.text;
        })
        .join("")
        .replace(/\s+/g, " ")
        .trim();
    })
    .filter((line) => line !== "");
}

function open(pdf: Uint8Array) {
  // pdf.js takes ownership of the buffer it is given; a copy keeps the caller's intact.
  return getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
}

/**
 * The text of a PDF as Chromium printed it, page by page and line by line, to check what a
 * reader of the printout sees.
 *
 * @example
 * const pages = await readPdf(await page.pdf({ format: "A4" }));
 * expect(pages[0]?.lines).toContain("Leitbild");
 */
export async function readPdf(pdf: Uint8Array): Promise<PdfPage[]> {
  const document = await open(pdf);
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push({ lines: linesOf(content.items.filter(isTextItem)) });
  }
  await document.destroy();
  return pages;
}

/**
 * Keeps a PDF under test-results/ and renders its first pages to PNG files beside it, for a
 * person to look at (the printout as the committee gets it, not the screen in print mode).
 *
 * @example
 * await renderPdfPages(pdf, "review-report-pdf", 3);
 */
export async function renderPdfPages(pdf: Uint8Array, name: string, count: number): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(path.join(SCREENSHOT_DIR, `${name}.pdf`), pdf);
  const document = await open(pdf);
  const files: string[] = [];
  for (let number = 1; number <= Math.min(count, document.numPages); number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1.5 });
    const { canvas, context } = (document.canvasFactory as NodeCanvasFactory).create(viewport.width, viewport.height);
    await page.render({ canvas: null, canvasContext: context, viewport }).promise;
    const file = path.join(SCREENSHOT_DIR, `${name}-${number}.png`);
    writeFileSync(file, canvas.toBuffer("image/png"));
    files.push(file);
  }
  await document.destroy();
  return files;
}
