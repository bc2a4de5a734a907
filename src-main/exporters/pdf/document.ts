// A pdfkit document with the shipped Unicode fonts, fixed metadata and buffered
// pages (page numbers are written once the page count is known).
import PDFDocument from 'pdfkit';
import { fontFiles } from '../assets';
import type { ReportModel } from '../../../shared/report/types';

export type Paper = 'a4' | 'letter';
export type Pdf = PDFKit.PDFDocument;

export const fonts = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Italic' } as const;

export const margins = { top: 64, bottom: 60, left: 56, right: 56 };

export const createPdf = (model: ReportModel, paper: Paper, creationDate: Date): Pdf => {
  const doc = new PDFDocument({
    size: paper === 'a4' ? 'A4' : 'LETTER',
    margins,
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    lang: 'en',
    displayTitle: true,
    info: {
      Title: model.title,
      Author: model.author,
      Subject: `Budget brief: compute, energy, CO2e and cost of ${model.scenarios.length} scenario${model.scenarios.length === 1 ? '' : 's'}`,
      Keywords: ['AI', 'GPU', 'budget', 'energy', 'CO2e', ...model.scenarios.map((s) => s.scenario.name)].join(', '),
      Creator: `AI Efficiency Planner ${model.appVersion}`,
      Producer: `AI Efficiency Planner ${model.appVersion} (PDFKit)`,
      CreationDate: creationDate,
      ModDate: creationDate,
    },
  } as PDFKit.PDFDocumentOptions);
  const files = fontFiles();
  doc.registerFont(fonts.regular, files.regular);
  doc.registerFont(fonts.bold, files.bold);
  doc.registerFont(fonts.italic, files.italic);
  doc.font(fonts.regular);
  return doc;
};

/** Collects the PDF bytes once the document is ended. */
export const pdfBytes = (doc: Pdf): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
