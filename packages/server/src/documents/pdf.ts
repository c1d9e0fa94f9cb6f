import PDFDocument from 'pdfkit';

export type Pdf = InstanceType<typeof PDFDocument>;

/**
 * Renders a one-off document to a buffer. Uncompressed: these are a page or two of text, and the
 * content streams stay plain, so an archived copy (and a test) can be searched without inflating.
 * The metadata carries no patient details: only the document's kind.
 */
export function renderPdf(title: string, build: (doc: Pdf) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'LETTER',
      margin: 54,
      compress: false,
      info: { Title: title, Creator: 'Titrate' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      build(doc);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}

export function heading(doc: Pdf, text: string) {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(10);
}

export function field(doc: Pdf, label: string, value: string | number | null | undefined) {
  doc
    .font('Helvetica-Bold')
    .fontSize(10)
    .text(`${label}: `, { continued: true })
    .font('Helvetica')
    .text(value === null || value === undefined || value === '' ? '—' : String(value));
}
